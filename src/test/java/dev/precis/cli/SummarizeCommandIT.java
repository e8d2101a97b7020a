package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.extract.PdfFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code java -jar target/precis.jar summarize FILE} on each format, with the packaged jar's own
 * jsoup, PDFBox, OpenNLP and models: what the jar's trim filters (pom.xml) must leave working.
 */
class SummarizeCommandIT {

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("release-notes.md", resource("release-notes.md"), "Release notes for the harbour monitor",
                        "The harbour monitor now records tide heights every five minutes"),
                Arguments.of("news-article.html", resource("news-article.html"), "Harbour town votes to rebuild its tidal mill",
                        "Councillors in Eastwick approved a plan on Tuesday"),
                Arguments.of("article.pdf", PdfFixtures.article(), PdfFixtures.HEADLINE, "The island ferry will sail twice a day"),
                Arguments.of("illustrated.pdf", PdfFixtures.illustratedArticle(), PdfFixtures.HEADLINE, "The island ferry will sail twice a day"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void summarize_readsEachFormatWithTheJarsOwnLibraries(String fileName, byte[] content, String title, String firstSentence) throws Exception {
        Path file = Files.createTempDirectory("precis-summarize-").resolve(fileName);
        Files.write(file, content);
        try {
            JarRun run = JarRun.run(Map.of(), "summarize", file.toString());
            assertEquals(0, run.exitCode(), run.stderr());
            JsonNode result = new ObjectMapper().readTree(run.stdout());
            assertEquals(title, result.path("title").asText());
            assertEquals(3, result.path("summary").size(), run.stdout());
            assertTrue(result.path("summary").get(0).asText().startsWith(firstSentence), run.stdout());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SummarizeCommandIT.class.getResourceAsStream("/dev/precis/extract/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
