package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM's DNS cache, which would hand addresses resolved before a SnapStart snapshot to every
 * environment restored from it, is off once the clients' class is loaded. Each case is a fresh JVM,
 * since the JVM reads the setting once, at its first lookup.
 */
class AwsClientsDnsTest {
    @TempDir
    Path dir;

    @Test
    void onceTheClientsAreLoadedEachLookupAsksTheResolverAgain() throws Exception {
        assertEquals(List.of("127.0.0.2", "127.0.0.3"), probe(List.of(), "clients"),
                "the second lookup must see the address changed after the first");
    }

    @Test
    void withoutThemTheJvmAnswersFromItsCache() throws Exception {
        // the probe's control: it can see a cached answer, so the case above is not passing by accident
        assertEquals(List.of("127.0.0.2", "127.0.0.2"), probe(List.of(), "none"));
    }

    @Test
    void aCacheTimeGivenToTheJvmIsKept() throws Exception {
        assertEquals(List.of("127.0.0.2", "127.0.0.2"), probe(List.of("-Dsun.net.inetaddr.ttl=60"), "clients"),
                "a deployment's own setting wins over ours");
    }

    private List<String> probe(List<String> jvmFlags, String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmFlags);
        command.addAll(List.of("-Djdk.net.hosts.file=" + dir.resolve("hosts"), "-cp", System.getProperty("java.class.path"),
                DnsCacheProbe.class.getName(), mode));
        Path out = dir.resolve("out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(dir.resolve("err").toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the probe did not finish in 60 s");
        }
        assertEquals(0, process.exitValue(), () -> "the probe failed: " + read(dir.resolve("err")));
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
