package dev.precis.bench;

import dev.precis.lambda.S3Notification;
import dev.precis.lambda.S3NotificationReader;
import dev.precis.local.AppCdsTraining;
import dev.precis.local.LocalServers;
import dev.precis.local.S3Events;
import dev.precis.store.TableDefinition;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Cold start as Lambda sees it: a fresh JVM with the Lambda Java runtime's flags
 * ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}) and the JAVA_TOOL_OPTIONS that template.yaml
 * sets for the function runs {@code precis invoke EVENT.json}: the
 * handler's no-argument constructor (settings, clients, models) and one S3 event for a small
 * document, against local S3 and DynamoDB servers. Lambda unpacks a .zip or .jar deployment
 * package into {@code /var/task} and loads the classes from there, so the main variants run the
 * jar unpacked into a directory the same way; one runs the jar itself, as {@code java -cp} does
 * locally, and the AppCDS variant needs the jar (an archive records only classes from jars).
 * Init and invocation come from the command's stderr line, the whole process from the wall clock.
 * Beside it, {@link SdkFloor} runs the least this job needs (SDK clients, models, one read, one
 * write) the same way: what the SDK and the models alone cost on that machine. The lookup
 * function's cold start ({@link LookupColdStart}) runs last in each round, once the summary it
 * reads is stored.
 * Variants alternate run by run (A B A B ...) so load from other processes falls on all of them
 * alike; medians are reported.
 */
final class ColdStart {
    /** Lambda's runtime flags, as the AppCDS training starts the function with them. */
    static final List<String> LAMBDA_FLAGS = AppCdsTraining.LAMBDA_FLAGS;
    private static final Pattern TEMPLATE_JAVA_TOOL_OPTIONS = Pattern.compile("\n\s+JAVA_TOOL_OPTIONS: \"([^\"]*)\"\n");
    /**
     * The template's default function memory. A function's micro-VM has that much memory, so its JVM
     * sizes the heap from it (an initial heap of 1/64 by default, 28 MB; a quarter, 442 MB, with the
     * template's {@code -XX:InitialRAMPercentage=25}); on this 24 GB machine it would size it from
     * 24 GB instead. Every run gets {@code -XX:MaxRAM} of this size, as the machine the function sees
     * rather than a flag.
     */
    static final int FUNCTION_MEMORY_MB = 1769;
    /** The lookup function's memory in the template. */
    static final int LOOKUP_MEMORY_MB = 512;
    /** The variant names {@link #run} compares run by run when both are present. */
    static final String CURRENT = "lambdaFlags";
    static final String BASELINE = "baselineLambdaFlags";
    static final String FLOOR = "sdkFloor";
    /** Lambda's runtime flags alone, without the template's JAVA_TOOL_OPTIONS: what those options gain. */
    static final String RUNTIME_FLAGS_ONLY = "runtimeFlagsOnly";
    static final String APP_CDS = "lambdaFlagsAppCds";
    static final String FLOOR_APP_CDS = "sdkFloorAppCds";
    static final String LOOKUP = "lookupFunction";
    static final String LOOKUP_RUNTIME_FLAGS_ONLY = "lookupRuntimeFlagsOnly";
    static final String LOOKUP_PRIMED = "lookupPrimedForSnapshot";
    static final String PRIMED = "lambdaFlagsPrimedForSnapshot";
    /** The baseline jar's runs of the two primed programs, for before/after comparisons of the priming. */
    static final String BASELINE_PRIMED = "baselinePrimedForSnapshot";
    static final String BASELINE_LOOKUP_PRIMED = "baselineLookupPrimedForSnapshot";
    /** Each baseline variant and the variant it repeats with the baseline jar. */
    static final Map<String, String> BASELINE_OF = Map.of(BASELINE, CURRENT, BASELINE_PRIMED, PRIMED, BASELINE_LOOKUP_PRIMED, LOOKUP_PRIMED);

    /**
     * Variant {@code a} minus variant {@code b}, run by run, made when both ran, under {@code key} in
     * the results; {@code description} leads its sentence in the results' Markdown.
     */
    record Comparison(String key, String a, String b, String description) {}

    /** In the order the results' Markdown gives them. */
    static final List<Comparison> COMPARISONS = List.of(
            new Comparison("againstRuntimeFlagsOnly", CURRENT, RUNTIME_FLAGS_ONLY, "Précis: the template's JAVA_TOOL_OPTIONS against Lambda's flags alone"),
            new Comparison("lookupAgainstRuntimeFlagsOnly", LOOKUP, LOOKUP_RUNTIME_FLAGS_ONLY,
                    "Lookup function: the template's JAVA_TOOL_OPTIONS against Lambda's flags alone"),
            new Comparison("primedAgainstUnprimed", PRIMED, CURRENT, "Précis primed for the snapshot against unprimed"),
            new Comparison("lookupPrimedAgainstUnprimed", LOOKUP_PRIMED, LOOKUP, "Lookup function primed for the snapshot against unprimed"),
            new Comparison("aboveFloor", CURRENT, FLOOR, "Précis minus the SDK floor"),
            new Comparison("aboveFloorAppCds", APP_CDS, FLOOR_APP_CDS, "Précis minus the SDK floor, both with the AppCDS archive"),
            new Comparison("againstBaseline", CURRENT, BASELINE, "This build minus the baseline"),
            new Comparison("primedAgainstBaseline", PRIMED, BASELINE_PRIMED, "This build minus the baseline, both primed for the snapshot"),
            new Comparison("lookupPrimedAgainstBaseline", LOOKUP_PRIMED, BASELINE_LOOKUP_PRIMED,
                    "Lookup function: this build minus the baseline, both primed for the snapshot"));
    static final Pattern TIMINGS = Pattern.compile("precis invoke: init (\\d+) ms, invocation (\\d+) ms");

    /** The stderr line {@code precis invoke} prints and {@link #TIMINGS} reads, for the other programs a run starts. */
    static String timingsLine(long initMs, long invocationMs) {
        return "precis invoke: init " + initMs + " ms, invocation " + invocationMs + " ms";
    }

    /** The bucket and URL-decoded key of an event file's first record: the object the floor and the lookup run work on. */
    record EventObject(String bucket, String key) {
        static EventObject firstIn(Path event) throws IOException {
            S3Notification.Entry record;
            try (InputStream in = Files.newInputStream(event)) {
                record = S3NotificationReader.read(in).records().get(0);
            }
            return new EventObject(record.bucket(), URLDecoder.decode(record.encodedKey(), StandardCharsets.UTF_8));
        }
    }
    private static final String BUCKET = "precis-bench";
    private static final String TABLE = "precis-bench";
    private static final String KEY = "bench/sample-article.txt";

    private ColdStart() {}

    /**
     * One way of starting the JVM.
     *
     * @param jar the shaded jar, as a path relative to the working directory (an AppCDS archive records it as given);
     *     another build's jar in the same run compares the two builds, their runs alternating
     * @param javaToolOptions the JAVA_TOOL_OPTIONS the JVM finds in its environment, as the template sets them for the
     *     functions ({@link #functionJavaToolOptions}); empty for none
     * @param unpacked classes from the jar unpacked into a directory, as Lambda loads them, instead of from the jar
     */
    record Variant(String name, List<String> jvmFlags, String javaToolOptions, Path jar, boolean unpacked, Program program) {}

    /**
     * What a run starts on the event: the summarizing function through {@code precis invoke},
     * {@link SdkFloor}, or the lookup function ({@link LookupColdStart}); each with its function's
     * memory, and the text its stdout shows when it did its work.
     */
    enum Program {
        PRECIS(FUNCTION_MEMORY_MB, "\"stored\" : 1", "dev.precis.cli.Main", "invoke"),
        /** The summarizing function primed by its SnapStart hook after init, as before a snapshot. */
        PRECIS_PRIMED(FUNCTION_MEMORY_MB, "\"stored\" : 1", PrimedInvoke.class.getName()),
        SDK_FLOOR(FUNCTION_MEMORY_MB, "\"stored\" : 1", SdkFloor.class.getName()),
        LOOKUP(LOOKUP_MEMORY_MB, "\"found\" : 1", LookupColdStart.class.getName()),
        /** The lookup function primed by its SnapStart hook after init, as before a snapshot. */
        LOOKUP_PRIMED(LOOKUP_MEMORY_MB, "\"found\" : 1", LookupColdStart.class.getName(), LookupColdStart.PRIMED);

        final int memoryMb;
        final String success;
        final List<String> mainAndArguments;

        Program(int memoryMb, String success, String... mainAndArguments) {
            this.memoryMb = memoryMb;
            this.success = success;
            this.mainAndArguments = List.of(mainAndArguments);
        }
    }

    /** @param document the small document uploaded once and summarized by every run */
    static Map<String, Object> run(Path document, List<Variant> variants, int runs, EngineBench.Progress progress) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("precis-bench-cold-");
        try (LocalServers local = LocalServers.start(LocalServers.nodeModules());
             S3Client uploader = local.uploadingS3Client();
             DynamoDbClient dynamo = local.dynamoDbClient()) {
            uploader.createBucket(b -> b.bucket(BUCKET));
            TableDefinition.create(dynamo, TABLE);
            byte[] content = Files.readAllBytes(document);
            Map<Path, Path> unpacked = new LinkedHashMap<>();
            for (Variant v : variants) {
                if (v.unpacked() && !unpacked.containsKey(v.jar())) unpacked.put(v.jar(), unpack(v.jar(), work.resolve("task-" + unpacked.size())));
            }
            uploader.putObject(b -> b.bucket(BUCKET).key(KEY).contentType("text/plain; charset=utf-8"), RequestBody.fromBytes(content));

            Map<String, List<long[]>> samples = new LinkedHashMap<>();
            for (Variant v : variants) samples.put(v.name(), new ArrayList<>());
            long sequencer = 0x10000000L;
            for (int r = -1; r < runs; r++) { // run -1: untimed, warms the servers and the file cache
                for (Variant v : variants) {
                    Path event = work.resolve("event.json");
                    Files.writeString(event, S3Events.event("ObjectCreated:Put", BUCKET, KEY, (long) content.length, null,
                            String.format("%016X", sequencer++)), StandardCharsets.UTF_8);
                    long[] sample = once(v.unpacked() ? unpacked.get(v.jar()) : v.jar(), v, event, local, work);
                    if (r >= 0) samples.get(v.name()).add(sample);
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("runs", runs);
            out.put("document", document.getFileName().toString());
            out.put("documentBytes", content.length);
            for (Comparison c : COMPARISONS) {
                if (!samples.containsKey(c.a()) || !samples.containsKey(c.b())) continue;
                Map<String, Object> paired = paired(samples.get(c.a()), samples.get(c.b()));
                out.put(c.key(), paired);
                progress.line("cold start, " + c.a() + " minus " + c.b() + ", median of run-by-run differences: " + paired);
            }
            for (Variant v : variants) {
                List<long[]> s = samples.get(v.name());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("flags", String.join(" ", v.jvmFlags()));
                row.put("javaToolOptions", v.javaToolOptions());
                row.put("code", v.unpacked() ? "unpacked" : "jar");
                row.put("program", v.program().name());
                row.put("jar", v.jar().toString());
                row.put("functionMemoryMb", v.program().memoryMb);
                row.put("initMs", median(s, 0));
                row.put("invocationMs", median(s, 1));
                row.put("processMs", median(s, 2));
                row.put("processMsAll", s.stream().map(x -> x[2]).toList());
                out.put(v.name(), row);
                progress.line("cold start " + v.name() + ": " + row);
            }
            return out;
        } finally {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The functions' JAVA_TOOL_OPTIONS in the SAM template (its only one, in Globals), so every run gets what is deployed. */
    static String functionJavaToolOptions(Path template) throws IOException {
        Matcher m = TEMPLATE_JAVA_TOOL_OPTIONS.matcher(Files.readString(template));
        if (!m.find()) throw new IllegalStateException(template + " sets no JAVA_TOOL_OPTIONS (in double quotes) for the functions");
        return m.group(1);
    }

    /** The jar's entries written under {@code dir}, as Lambda unpacks a deployment package. */
    static Path unpack(Path jar, Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) throw new IOException(jar + ": entry outside the package: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return dir;
    }

    /** @return init ms, invocation ms, whole process ms */
    private static long[] once(Path classPath, Variant v, Path event, LocalServers local, Path work) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:MaxRAM=" + v.program().memoryMb + "m");
        command.addAll(v.jvmFlags());
        // the floor's and the lookup run's one class comes from the benchmark's own classes, after the package's
        String cp = v.program() == Program.PRECIS ? classPath.toString() : classPath + File.pathSeparator + benchClasses();
        command.addAll(List.of("-cp", cp));
        command.addAll(v.program().mainAndArguments);
        command.add(event.toString());
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        local.putFunctionEnvironment(pb.environment(), TABLE, BUCKET);
        if (!v.javaToolOptions().isEmpty()) pb.environment().put("JAVA_TOOL_OPTIONS", v.javaToolOptions());
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("cold start run did not finish in 120 s: " + v.name());
        }
        long processMs = (System.nanoTime() - start) / 1_000_000;
        String err = Files.readString(work.resolve("err.txt"));
        String out = Files.readString(work.resolve("out.txt"));
        Matcher m = TIMINGS.matcher(err);
        if (p.exitValue() != 0 || !m.find() || !out.contains(v.program().success)) {
            throw new IllegalStateException("cold start run failed (" + v.name() + ", exit " + p.exitValue() + "): " + err.strip() + " " + out.strip());
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), processMs};
    }

    private static Path benchClasses() {
        try {
            return Path.of(SdkFloor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate the benchmark's classes", e);
        }
    }

    /** Runs alternate, so run i of each variant met the same machine: their differences drift far less than either median. */
    private static Map<String, Object> paired(List<long[]> a, List<long[]> b) {
        Map<String, Object> paired = new LinkedHashMap<>();
        paired.put("initMs", medianDifference(a, b, 0));
        paired.put("invocationMs", medianDifference(a, b, 1));
        paired.put("processMs", medianDifference(a, b, 2));
        return paired;
    }

    /** The median of {@code a[i] - b[i]}: each pair ran back to back. */
    static long medianDifference(List<long[]> a, List<long[]> b, int index) {
        int n = Math.min(a.size(), b.size());
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = a.get(i)[index] - b.get(i)[index];
        return Math.round(EngineBench.median(d));
    }

    private static long median(List<long[]> samples, int index) {
        double[] v = samples.stream().mapToDouble(s -> s[index]).toArray();
        return Math.round(EngineBench.median(v));
    }
}
