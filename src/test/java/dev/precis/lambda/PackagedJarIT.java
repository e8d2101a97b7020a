package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The jar that template.yaml deploys holds the handlers it names, only the HTTP client we chose,
 * and the models as the build re-packed them.
 */
class PackagedJarIT {

    @Test
    void jar_holdsTheTemplatesHandlerAndNoApacheOrNettyClient() throws Exception {
        Path jarFile = Path.of(System.getProperty("precis.jar", "target/precis.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jarFile), "skipped: " + jarFile + " is not built");
        List<String> handlers = new ArrayList<>();
        Matcher m = Pattern.compile("Handler=([\\w.]+)::").matcher(CloudFormationYaml.read(Path.of("template.yaml")).toString());
        while (m.find()) handlers.add(m.group(1));
        assertEquals(List.of("dev.precis.lambda.S3EventHandler", "dev.precis.lambda.LookupHandler"), handlers);
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            for (String handler : handlers) assertNotNull(jar.getEntry(handler.replace('.', '/') + ".class"), handler + " is not in " + jarFile);
            assertNotNull(jar.getEntry("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class"));
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("software/amazon/awssdk/http/apache/")), "apache-client is in the jar");
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("software/amazon/awssdk/http/nio/netty/")), "netty-nio-client is in the jar");
        }
    }

    @Test
    void jar_holdsEachModelOnceWithItsEntriesStored() throws Exception {
        Path jarFile = Path.of(System.getProperty("precis.jar", "target/precis.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jarFile), "skipped: " + jarFile + " is not built");
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            List<String> models = jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".bin")).sorted().toList();
            assertEquals(List.of("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"), models);
            for (String model : models) {
                try (ZipInputStream zip = new ZipInputStream(jar.getInputStream(jar.getEntry(model)))) {
                    int entries = 0;
                    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry(), entries++) {
                        assertEquals(ZipEntry.STORED, e.getMethod(), model + ": " + e.getName() + " is deflated: the published copy, not the build's");
                    }
                    assertTrue(entries >= 2, model + " has " + entries + " entries");
                }
            }
        }
    }
}
