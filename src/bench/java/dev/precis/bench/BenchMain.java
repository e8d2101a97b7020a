package dev.precis.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmarks, one command: {@code mvn -B -Pbench verify} (see the README). Cold start, warm
 * quality and speed on dev beside Lead-3, TextRank and LexRank, scaling with document size. Prints
 * as it goes (stderr), then writes {@code results.json}, {@code results.md} and
 * {@code bench-scaling.svg} to the output folder, and the chart to {@code --site} when given.
 *
 * <pre>
 * options: --jar target/precis.jar   the shaded jar the cold-start runs start
 *          --archive target/precis.jsa  AppCDS archive for the second cold-start variant (skipped when absent)
 *          --shared ../shared        where eval/dev.jsonl is (skipped with a message when absent)
 *          --out target/bench        --site DIR (copy of the chart)
 *          --cold-runs 7  --budget 60 (seconds per baseline run)  --sizes 10000,100000,1000000,10000000
 *          --template template.yaml  where the function's JAVA_TOOL_OPTIONS are read from
 *          --skip-cold               no cold-start runs (no local servers needed)
 *          --cold-only               only the cold-start runs (prints them; writes no files)
 *          --baseline-jar OLD.jar    another build's jar, run unpacked with Lambda's flags alternating with this one's:
 *                                    a before/after comparison under the same conditions (plain, and both
 *                                    functions primed for the snapshot)
 *          --cold-variants A,B       only these cold-start variants (names as in results.json), e.g.
 *                                    lambdaFlags,baselineLambdaFlags for a quicker before/after
 * </pre>
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        Map<String, Object> results = run(o, s -> System.err.println("bench: " + s));
        System.out.println(markdown(results));
    }

    static Map<String, Object> run(Map<String, String> o, EngineBench.Progress progress) throws IOException, InterruptedException {
        Path out = Path.of(o.getOrDefault("--out", "target/bench"));
        Files.createDirectories(out);
        double budget = Double.parseDouble(o.getOrDefault("--budget", "60"));
        int[] sizes = Arrays.stream(o.getOrDefault("--sizes", "10000,100000,1000000,10000000").split(",")).mapToInt(Integer::parseInt).toArray();

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", machine());
        results.put("command", "mvn -B -Pbench verify");

        if (!o.containsKey("--skip-cold")) {
            Path jar = Path.of(o.getOrDefault("--jar", "target/precis.jar"));
            Path archive = Path.of(o.getOrDefault("--archive", "target/precis.jsa"));
            List<ColdStart.Variant> variants = new ArrayList<>();
            // every Lambda-like run gets the function's JAVA_TOOL_OPTIONS from the template, as Lambda gives them
            String options = ColdStart.functionJavaToolOptions(Path.of(o.getOrDefault("--template", "template.yaml")));
            variants.add(new ColdStart.Variant(ColdStart.CURRENT, ColdStart.LAMBDA_FLAGS, options, jar, true, ColdStart.Program.PRECIS));
            if (o.containsKey("--baseline-jar")) {
                Path baseline = Path.of(o.get("--baseline-jar"));
                variants.add(new ColdStart.Variant(ColdStart.BASELINE, ColdStart.LAMBDA_FLAGS, options, baseline, true, ColdStart.Program.PRECIS));
                variants.add(new ColdStart.Variant(ColdStart.BASELINE_PRIMED, ColdStart.LAMBDA_FLAGS, options, baseline, true, ColdStart.Program.PRECIS_PRIMED));
                variants.add(new ColdStart.Variant(ColdStart.BASELINE_LOOKUP_PRIMED, ColdStart.LAMBDA_FLAGS, options, baseline, true, ColdStart.Program.LOOKUP_PRIMED));
            }
            variants.add(new ColdStart.Variant(ColdStart.FLOOR, ColdStart.LAMBDA_FLAGS, options, jar, true, ColdStart.Program.SDK_FLOOR));
            variants.add(new ColdStart.Variant(ColdStart.PRIMED, ColdStart.LAMBDA_FLAGS, options, jar, true, ColdStart.Program.PRECIS_PRIMED));
            variants.add(new ColdStart.Variant(ColdStart.RUNTIME_FLAGS_ONLY, ColdStart.LAMBDA_FLAGS, "", jar, true, ColdStart.Program.PRECIS));
            variants.add(new ColdStart.Variant("lambdaFlagsJar", ColdStart.LAMBDA_FLAGS, options, jar, false, ColdStart.Program.PRECIS));
            if (Files.isRegularFile(archive)) {
                List<String> flags = new ArrayList<>(ColdStart.LAMBDA_FLAGS);
                flags.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on"));
                variants.add(new ColdStart.Variant(ColdStart.APP_CDS, flags, options, jar, false, ColdStart.Program.PRECIS));
                variants.add(new ColdStart.Variant(ColdStart.FLOOR_APP_CDS, flags, options, jar, false, ColdStart.Program.SDK_FLOOR));
            } else {
                progress.line("no AppCDS archive at " + archive + ": that variant is skipped (`mvn package` builds it)");
            }
            variants.add(new ColdStart.Variant("defaultFlags", List.of(), "", jar, true, ColdStart.Program.PRECIS));
            variants.add(new ColdStart.Variant(ColdStart.LOOKUP, ColdStart.LAMBDA_FLAGS, options, jar, true, ColdStart.Program.LOOKUP));
            variants.add(new ColdStart.Variant(ColdStart.LOOKUP_RUNTIME_FLAGS_ONLY, ColdStart.LAMBDA_FLAGS, "", jar, true, ColdStart.Program.LOOKUP));
            variants.add(new ColdStart.Variant(ColdStart.LOOKUP_PRIMED, ColdStart.LAMBDA_FLAGS, options, jar, true, ColdStart.Program.LOOKUP_PRIMED));
            if (o.containsKey("--cold-variants")) variants = select(variants, o.get("--cold-variants"));
            results.put("coldStart", ColdStart.run(Path.of("events/documents/sample-article.txt"), variants,
                    Integer.parseInt(o.getOrDefault("--cold-runs", "7")), progress));
            if (o.containsKey("--cold-only")) return results;
        }

        Path dev = Path.of(o.getOrDefault("--shared", "../shared"), "eval", "dev.jsonl");
        Corpus corpus = Corpus.load(dev);
        EngineBench engine = new EngineBench(budget);
        if (corpus.hasDevSet()) {
            progress.line("quality and speed on " + dev + " (" + corpus.documents().size() + " documents)");
            results.put("dev", engine.quality(corpus.documents()));
        } else {
            progress.line("skipped the dev-set benchmark: " + dev + " is absent; long texts are generated");
        }
        List<Map<String, Object>> scaling = engine.scaling(corpus, sizes, progress);
        results.put("scaling", scaling);
        results.put("scalingWarmUpRuns", engine.warmUpRuns());
        results.put("scalingWarmUpBytes", engine.warmUpBytes());
        results.put("scalingTextSource", corpus.hasDevSet() ? "dev articles shuffled into paragraphs" : "generated sentences");
        results.put("budgetSeconds", budget);

        JSON json = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT, JSON.Feature.WRITE_NULL_PROPERTIES);
        Files.writeString(out.resolve("results.json"), json.asString(results));
        Files.writeString(out.resolve("results.md"), markdown(results));
        @SuppressWarnings("unchecked")
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        String chart = ScalingChart.svg(scaling, "Time to summarize vs document size (" + machine.get("date") + ", one core)", budget);
        Files.writeString(out.resolve("bench-scaling.svg"), chart);
        if (o.containsKey("--site")) {
            Path site = Path.of(o.get("--site"));
            Files.createDirectories(site);
            Files.writeString(site.resolve("bench-scaling.svg"), chart);
        }
        progress.line("wrote " + out.resolve("results.json") + ", results.md, bench-scaling.svg");
        return results;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE));
        m.put("cpu", cpuModel());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("maxHeapMB", Runtime.getRuntime().maxMemory() / (1 << 20));
        m.put("loadAverageAtStart", EngineBench.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
        return m;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).strip();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the architecture is reported instead
        }
        return System.getProperty("os.arch");
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> r) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> m = (Map<String, Object>) r.get("machine");
        md.append(String.format(Locale.ROOT, "Measured %s on %s, %s cores, %s, %s; load average %s at the start.%n%n",
                m.get("date"), m.get("cpu"), m.get("cores"), m.get("os"), m.get("java"), m.get("loadAverageAtStart")));
        if (r.get("coldStart") instanceof Map<?, ?> cold) {
            md.append(String.format(Locale.ROOT, "Cold start, fresh JVM per run seeing the function's %s MB as its memory (`-XX:MaxRAM`; the lookup function's "
                    + "runs %s MB), `precis invoke` on %s (%s bytes) against local S3 and DynamoDB, median of %s:%n%n", ColdStart.FUNCTION_MEMORY_MB,
                    ColdStart.LOOKUP_MEMORY_MB, cold.get("document"), cold.get("documentBytes"), cold.get("runs")));
            md.append("| JVM flags | classes from | init (settings, clients, models) | first invocation | whole process |\n|---|---|---|---|---|\n");
            for (Map.Entry<?, ?> e : cold.entrySet()) {
                if (!(e.getValue() instanceof Map<?, ?> row) || !row.containsKey("flags")) continue;
                md.append(String.format(Locale.ROOT, "| %s | %s | %s ms | %s ms | %s ms |%n", flags(row),
                        classesFrom(row, e.getKey().toString()), row.get("initMs"), row.get("invocationMs"), row.get("processMs")));
            }
            md.append('\n');
            for (ColdStart.Comparison c : ColdStart.COMPARISONS) {
                if (!(cold.get(c.key()) instanceof Map<?, ?> paired)) continue;
                md.append(String.format(Locale.ROOT, "%s, the median of the run-by-run differences: %+d ms whole process (init %+d ms, first invocation %+d ms).%n%n",
                        c.description(), paired.get("processMs"), paired.get("initMs"), paired.get("invocationMs")));
            }
        }
        if (r.get("dev") instanceof Map<?, ?> dev) {
            md.append(String.format(Locale.ROOT, "Quality and speed on dev.jsonl (%s articles, 3 sentences, ROUGE F1 %%, warm, one thread; "
                    + "Précis's docs/s the best of three passes, the others' from the scoring pass):%n%n", dev.get("documents")));
            md.append("| system | R1 | R2 | RL | RLsum | docs/s |\n|---|---|---|---|---|---|\n");
            for (Map.Entry<?, ?> e : dev.entrySet()) {
                if (!(e.getValue() instanceof Map<?, ?> row)) continue;
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", e.getKey(), row.get("rouge1"), row.get("rouge2"),
                        row.get("rougeL"), row.get("rougeLsum"), row.get("docsPerSecond")));
            }
            md.append('\n');
        }
        List<Map<String, Object>> scaling = (List<Map<String, Object>>) r.get("scaling");
        if (scaling == null) return md.toString();
        md.append(String.format(Locale.ROOT, "Scaling (%s; Précis end to end: bytes → extract → summary + key facts, after %s warm-up runs on %,d B, "
                + "until the JIT had settled; baselines: same sentence splitting + ranking, stopped at %s s):%n%n",
                r.get("scalingTextSource"), r.get("scalingWarmUpRuns"), r.get("scalingWarmUpBytes"), r.get("budgetSeconds")));
        md.append("| size | sentences | Précis | Précis MB/s (wall) | Précis MB per CPU-second | Précis peak heap | TextRank | LexRank |\n|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> row : scaling) {
            md.append(String.format(Locale.ROOT, "| %,d B | %s | %s s | %s | %s | %s MB | %s | %s |%n", row.get("bytes"), row.get("sentences"),
                    row.get("precisSeconds"), row.get("precisMBps"), row.get("precisMBperCpuSecond"), row.get("precisPeakHeapMB"),
                    cell(row, "textrank"), cell(row, "lexrank")));
        }
        if (scaling.size() >= 2) {
            Map<String, Object> last = scaling.get(scaling.size() - 1);
            Map<String, Object> before = scaling.get(scaling.size() - 2);
            md.append(String.format(Locale.ROOT, "%ntime(%,d B) / time(%,d B) = %.1f for Précis.%n", last.get("bytes"), before.get("bytes"),
                    ((Number) last.get("precisSeconds")).doubleValue() / ((Number) before.get("precisSeconds")).doubleValue()));
        }
        return md.toString();
    }

    private static String flags(Map<?, ?> row) {
        String flags = row.get("flags").toString().isEmpty() ? "(JVM defaults)" : "`" + row.get("flags") + "`";
        Object options = row.get("javaToolOptions");
        return options == null || options.toString().isEmpty() ? flags : flags + " + JAVA_TOOL_OPTIONS `" + options + "`";
    }

    private static String classesFrom(Map<?, ?> row, String variant) {
        String repeated = ColdStart.BASELINE_OF.get(variant);
        if (repeated != null) return classesFrom(row, repeated) + " (baseline: `" + row.get("jar") + "`)";
        String from = "unpacked".equals(row.get("code")) ? "the package unpacked, as on Lambda" : "the jar";
        String lookup = "; **the lookup function** (" + row.get("functionMemoryMb") + " MB): its handler built, one GET, one list page";
        if (variant.equals(ColdStart.LOOKUP)) return from + lookup;
        if (variant.equals(ColdStart.LOOKUP_RUNTIME_FLAGS_ONLY)) return from + lookup + "; without the template's JAVA_TOOL_OPTIONS";
        if (variant.equals(ColdStart.LOOKUP_PRIMED)) return from + lookup + "; primed by its SnapStart hook after init, as before a snapshot (init includes the priming; the first invocation is what a request after a restore would still pay, restore itself aside)";
        if (variant.equals(ColdStart.PRIMED)) return from + "; primed by its SnapStart hook after init, as before a snapshot (init includes both primings; the first invocation is what an event after a restore would still pay, restore itself aside)";
        if (variant.equals(ColdStart.RUNTIME_FLAGS_ONLY)) return from + "; without the template's JAVA_TOOL_OPTIONS";
        if (variant.equals(ColdStart.FLOOR) || variant.equals(ColdStart.FLOOR_APP_CDS)) return from + "; **the SDK floor**, not Précis: clients, models, one read, one split, one write";
        return from;
    }

    private static String cell(Map<String, Object> row, String system) {
        Object s = row.get(system + "Seconds");
        return s != null ? s + " s" : String.valueOf(row.get(system + "Note"));
    }

    /**
     * The variants named in {@code names} (comma-separated), in the benchmark's order: a quicker
     * before/after run, such as {@code lambdaFlags,baselineLambdaFlags}.
     *
     * @throws IllegalArgumentException for a name no variant has, listing the names there are
     */
    static List<ColdStart.Variant> select(List<ColdStart.Variant> variants, String names) {
        List<String> wanted = Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        List<String> known = variants.stream().map(ColdStart.Variant::name).toList();
        for (String name : wanted) {
            if (!known.contains(name)) throw new IllegalArgumentException("no cold-start variant " + name + "; there are: " + String.join(", ", known));
        }
        if (wanted.isEmpty()) throw new IllegalArgumentException("--cold-variants names none; there are: " + String.join(", ", known));
        return variants.stream().filter(v -> wanted.contains(v.name())).toList();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument: " + args[i]);
            if (args[i].equals("--skip-cold") || args[i].equals("--cold-only")) {
                o.put(args[i], "true");
            } else if (i + 1 < args.length) {
                o.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
        }
        return o;
    }
}
