package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownExtractorTest {
    private static ExtractedText notes;

    @BeforeAll
    static void extract() {
        notes = new TextExtractor().extract(Fixtures.bytes("release-notes.md"), null, "docs/release-notes.md");
    }

    private static List<String> paragraphs() {
        return List.of(notes.text().split("\n\n"));
    }

    @Test
    void extract_firstLevelOneHeadingIsTitleAndNotRepeated() {
        assertEquals("markdown", notes.format());
        assertEquals("Release notes for the harbour monitor", notes.title());
        assertFalse(notes.text().contains("Release notes for"), notes.text());
    }

    @Test
    void extract_paragraphLinesAreJoinedWithoutSyntax() {
        assertEquals("The harbour monitor now records tide heights every five minutes instead of every hour, and it sends an alert"
                + " when the water rises faster than forecast. See the installation guide for setup steps.", paragraphs().get(0));
    }

    @Test
    void extract_headingsAreParagraphsOfTheirOwn() {
        assertTrue(paragraphs().contains("What changed"), notes.text());
        assertTrue(paragraphs().contains("Setext heading for the next section"), notes.text());
    }

    @Test
    void extract_listItemsAreOneLineEach() {
        assertTrue(paragraphs().contains("Tide readings are stored for ninety days\nAlerts go to the harbour master by text message\n"
                + "Old readings are compressed overnight"), notes.text());
        assertTrue(paragraphs().contains("Install the new sensor firmware.\nRestart the monitor."), notes.text());
    }

    @Test
    void extract_tableRowsAreLinesOfCells() {
        assertTrue(paragraphs().contains("Sensor, Interval, Range\nNorth quay, 5 min, 0-9 m\nSouth quay, 5 min, 0-7 m"), notes.text());
    }

    @Test
    void extract_quotesKeepTheirTextAndEscapesTheirCharacter() {
        assertTrue(paragraphs().contains("The old hourly mode is still available with the --legacy flag."), notes.text());
        assertTrue(notes.text().endsWith("Questions go to the old new support address, and escaped *stars* stay as they are."), notes.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"harbour-monitor --interval", "must not reach", "```", "Dashboard screenshot", "img/dashboard.png",
            "https://example.org", "**", "](", "layout: post", "Front matter", "|", "---", "[x]", "# "})
    void extract_syntaxAndCodeAreGone(String residue) {
        assertFalse(notes.text().contains(residue), () -> "'" + residue + "' left in:\n" + notes.text());
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("Title\n=====\n\nBody text here.", "Title"),
                Arguments.of("---\ntitle: 'From front matter'\n---\n\nBody text here.", "From front matter"),
                Arguments.of("---\ntitle: Front matter loses\n---\n# Heading wins\n\nBody text here.", "Heading wins"),
                Arguments.of("## Only a section\n\nBody text here.", null),
                Arguments.of("Body text here.", null));
    }

    @ParameterizedTest
    @MethodSource("titles")
    void extract_titleComesFromLevelOneHeadingElseFrontMatter(String markdown, String title) {
        ExtractedText text = new TextExtractor().extract(markdown.getBytes(StandardCharsets.UTF_8), "text/markdown", null);
        assertEquals(title, text.title());
        assertTrue(text.text().endsWith("Body text here."), text.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Use **bold** and *italic* and _under_ here.|Use bold and italic and under here.",
        "Keep snake_case_names and 2*3*4 intact.|Keep snake_case_names and 2*3*4 intact.",
        "Call `run()` now.|Call run() now.",
        "A [link](http://x.test/a_(b)) and ![pic](p.png) end.|A link and end.",
        "Refs [text][1] and footnote[^2] go.|Refs text and footnote go.",
        "Tom &amp; Jerry &mdash; again.|Tom & Jerry — again.",
        "Mail <mailto:a@b.test> or <https://c.test>.|Mail mailto:a@b.test or https://c.test.",
        "Inline <span class=\"x\">html</span> tags.|Inline html tags."})
    void inline_stripsSyntaxKeepingWords(String markdown, String expected) {
        assertEquals(expected, MarkdownExtractor.inline(markdown));
    }
}
