package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The jar that template.yaml deploys holds the handler it names, and only the HTTP client we chose. */
class PackagedJarIT {

    @Test
    void jar_holdsTheTemplatesHandlerAndNoApacheOrNettyClient() throws Exception {
        Path jarFile = Path.of(System.getProperty("precis.jar", "target/precis.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jarFile), "skipped: " + jarFile + " is not built");
        String handler = CloudFormationYaml.read(Path.of("template.yaml")).toString().replaceAll(".*Handler=([\\w.]+)::.*", "$1");
        assertTrue(handler.startsWith("dev.precis."), handler);
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            assertNotNull(jar.getEntry(handler.replace('.', '/') + ".class"), handler + " is not in " + jarFile);
            assertNotNull(jar.getEntry("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class"));
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("software/amazon/awssdk/http/apache/")), "apache-client is in the jar");
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("software/amazon/awssdk/http/nio/netty/")), "netty-nio-client is in the jar");
        }
    }
}
