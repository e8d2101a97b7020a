package dev.precis.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's AppCDS training runs the packaged function as Lambda starts it, against local
 * servers, and leaves an archive that holds the function's path: its handler and the SDK's default
 * credential chain, which only clients built from the environment load, and not the demo.
 */
class AppCdsTrainingIT {

    @Test
    void training_archivesTheClassesOfTheFunctionsColdStart(@TempDir Path dir) throws Exception {
        Path jar = Path.of(System.getProperty("precis.jar", "target/precis.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), "skipped: " + jar + " is not built (run through `mvn verify`)");
        Path archive = dir.resolve("training.jsa");

        assertEquals(0, AppCdsTraining.train(archive, jar, Path.of("events/documents/sample-article.txt")));

        String listing = archiveListing(archive, jar);
        assertTrue(listing.contains("archive is valid"), listing);
        assertTrue(listing.contains(" dev.precis.lambda.S3EventHandler app_loader"), "the handler is not archived");
        assertTrue(listing.contains(" software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider app_loader"),
                "the SDK's default credential chain is not archived");
        assertFalse(listing.contains(" dev.precis.cli.DemoCommand app_loader"), "the demo, which the function never runs, is archived");
    }

    @Test
    void command_runsTheFunctionWithLambdasFlagsAndWritesTheArchiveAtExit() {
        List<String> command = AppCdsTraining.command(Path.of("a.jsa"), Path.of("target/precis.jar"), Path.of("event.json"));
        assertEquals(List.of("-XX:ArchiveClassesAtExit=a.jsa", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", "target/precis.jar", "dev.precis.cli.Main", "invoke", "event.json"), command.subList(1, command.size()));
    }

    /** The JVM's own listing of what the archive holds, checked against the jar it was made with. */
    private static String archiveListing(Path archive, Path jar) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + archive, "-XX:+PrintSharedArchiveAndExit", "-cp", jar.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the archive listing did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
