package dev.precis.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the packaged jar ({@code java -jar target/precis.jar ...}) as a user would, with a chosen environment. */
record JarRun(int exitCode, String stdout, String stderr) {

    static Path jar() {
        Path jar = Path.of(System.getProperty("precis.jar", "target/precis.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), "skipped: " + jar + " is not built (run through `mvn verify`)");
        return jar;
    }

    /** @param env added to the environment, after every AWS_* variable of this process was removed */
    static JarRun run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("precis-jar-", ".out");
        Path err = Files.createTempFile("precis-jar-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("precis " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new JarRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
