package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.engine.InvalidDocumentException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlExtractorTest {
    private static final TextExtractor EXTRACTOR = new TextExtractor();
    private static final ExtractedText ARTICLE = EXTRACTOR.extract(Fixtures.bytes("news-article.html"), "text/html", "news/mill.html");
    private static final ExtractedText SOUP = EXTRACTOR.extract(Fixtures.bytes("news-div-soup.html"), null, "trains.htm");

    @Test
    void extract_articleHeadlineIsTitleNotTheSiteLogo() {
        assertEquals("html", ARTICLE.format());
        assertEquals("Harbour town votes to rebuild its tidal mill", ARTICLE.title());
        assertEquals("UTF-8", ARTICLE.charset());
    }

    @Test
    void extract_articleKeepsStandfirstHeadingsAndParagraphsInOrder() {
        List<String> paragraphs = List.of(ARTICLE.text().split("\n\n"));
        assertEquals(List.of(
                "Councillors in Eastwick approved a plan on Tuesday to restore the town's derelict tidal mill as a working museum.",
                "The council voted nine to two in favour of the scheme, which will cost an estimated £2.4 million and be paid for mostly by a heritage grant.",
                "Work on the sluice gates is expected to begin in the autumn, once the spring tides have passed and the mill pond can be drained safely.",
                "A century of milling",
                "The mill ground flour for the surrounding farms from 1820 until 1952, when a modern roller mill opened inland and took its trade.",
                "Local historian Ewan Tresize said the restoration would finally give children a chance to see how the tide once powered the town's economy.",
                "The museum is due to open to visitors in the summer of 2027."), paragraphs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookies", "Accept all", "The Coastal Ledger", "Sport", "Home", "Share on", "Email this story",
            "mill wheel", "Related stories", "Heritage grants", "morning briefing", "Subscribe", "Read more", "Comments",
            "Great news", "Most read", "Ferry timetable", "Advertisement", "All rights reserved", "Privacy", "dataLayer",
            "color: red", "Mara Pellow", "4 March 2025"})
    void extract_articleNoiseIsGone(String noise) {
        assertFalse(ARTICLE.text().contains(noise), () -> "'" + noise + "' left in:\n" + ARTICLE.text());
    }

    @Test
    void extract_pageWithoutArticleMarkupFindsTheDensestBlock() {
        assertEquals("Night trains return to the valley line", SOUP.title());
        assertTrue(SOUP.text().startsWith("Overnight passenger trains will run on the valley line again from May"), SOUP.text());
        assertTrue(SOUP.text().endsWith("outside the summer season."), SOUP.text());
        assertEquals(4, SOUP.text().split("\n\n").length, SOUP.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Follow us", "Business", "Win a weekend", "Bus fares", "Copyright", "Carriages waiting", "Travel"})
    void extract_divSoupNoiseIsGone(String noise) {
        assertFalse(SOUP.text().contains(noise), () -> "'" + noise + "' left in:\n" + SOUP.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Harbour town votes | The Coastal Ledger;The Coastal Ledger;Harbour town votes",
        "The Coastal Ledger - Harbour town votes;The Coastal Ledger;Harbour town votes",
        "Harbour town votes to rebuild its mill - Ledger;;Harbour town votes to rebuild its mill",
        "Storm hits coast - thousands of homes lose power overnight;;Storm hits coast - thousands of homes lose power overnight",
        "One headline only;;One headline only"})
    void withoutSiteName_dropsTheSitePart(String title, String site, String expected) {
        assertEquals(expected, HtmlExtractor.withoutSiteName(title, site));
    }

    @Test
    void extract_titleFallsBackToOgTitleWithoutSiteName() {
        String page = "<html><head><title>x</title><meta property=\"og:title\" content=\"Pier reopens after repairs | Bay News\">"
                + "</head><body><p>The pier reopened on Saturday after a year of repairs.</p></body></html>";
        ExtractedText text = EXTRACTOR.extract(page.getBytes(StandardCharsets.UTF_8), null, null);
        assertEquals("Pier reopens after repairs", text.title());
        assertEquals("The pier reopened on Saturday after a year of repairs.", text.text());
    }

    @Test
    void extract_linkHeavyBlocksInsideTheArticleAreDropped() {
        String page = "<html><body><article><h1>Dune path closed</h1>"
                + "<p>The dune path will close for nesting birds from April until the end of July this year.</p>"
                + "<ul><li><a href=/1>Beach cleaning dates</a></li><li><a href=/2>Tide tables</a></li></ul>"
                + "<p>Rangers will patrol the beach at weekends to remind walkers of the closure.</p></article></body></html>";
        ExtractedText text = EXTRACTOR.extract(page.getBytes(StandardCharsets.UTF_8), "text/html", null);
        assertEquals("The dune path will close for nesting birds from April until the end of July this year.\n\n"
                + "Rangers will patrol the beach at weekends to remind walkers of the closure.", text.text());
    }

    @Test
    void extract_htmlWithOnlyFurnitureIsSkipped() {
        String page = "<html><body><nav><a href=/>Home</a></nav><script>var a = 1;</script></body></html>";
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> EXTRACTOR.extract(page.getBytes(StandardCharsets.UTF_8), "text/html", null));
        assertEquals("no readable text in HTML", e.reason());
    }
}
