package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.engine.InvalidDocumentException;
import dev.precis.engine.MalformedDocumentException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfExtractorTest {
    private final TextExtractor extractor = new TextExtractor();

    @Test
    void extract_pdfTakesLargeFirstLineAsTitle() {
        ExtractedText text = extractor.extract(PdfFixtures.article(), "application/pdf", "ferry.pdf");
        assertEquals("pdf", text.format());
        assertEquals(PdfFixtures.HEADLINE, text.title());
        assertNull(text.charset());
    }

    @Test
    void extract_pdfJoinsWrappedLinesAndSeparatesParagraphs() {
        String text = extractor.extract(PdfFixtures.article(), null, "ferry.pdf").text();
        String[] paragraphs = text.split("\n\n");
        assertTrue(paragraphs.length >= 3, () -> "paragraphs: " + Arrays.toString(paragraphs));
        assertTrue(text.contains("the operator said on Monday, ending"), text);
        assertTrue(text.contains("weekend-only crossings"), "a hyphen inside a line stays: " + text);
        assertFalse(Arrays.stream(paragraphs).anyMatch(p -> p.contains("said\non")), text);
    }

    @Test
    void extract_pdfFallsBackToMetadataTitle() {
        ExtractedText text = extractor.extract(PdfFixtures.withMetadataTitle("Winter ferry timetable"), null, null);
        assertEquals("Winter ferry timetable", text.title());
    }

    @Test
    void extract_pdfIgnoresFileNameMetadataTitle() {
        assertNull(extractor.extract(PdfFixtures.withMetadataTitle("Microsoft Word - draft3.docx"), null, null).title());
    }

    @Test
    void extract_pdfWithoutTextLayerIsSkipped() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> extractor.extract(PdfFixtures.imageOnly(), null, "scan.pdf"));
        assertEquals("PDF has no text layer", e.reason());
    }

    @Test
    void extract_pdfWithUserPasswordFailsAsEncrypted() {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> extractor.extract(PdfFixtures.encrypted("reader-secret"), null, "locked.pdf"));
        assertEquals("encrypted PDF", e.reason());
    }

    @Test
    void extract_pdfWithOnlyOwnerPasswordIsReadWithNote() {
        ExtractedText text = extractor.extract(PdfFixtures.encrypted(""), null, "restricted.pdf");
        assertTrue(text.text().contains("twice a day"), text.text());
        assertTrue(text.notes().stream().anyMatch(n -> n.contains("encrypted")), text.notes().toString());
    }

    static Stream<Arguments> malformed() {
        byte[] article = PdfFixtures.article();
        return Stream.of(
                Arguments.of("header then garbage", "%PDF-1.7\n%\u00e2\u00e3\nthis is not a PDF body at all\n".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("only the header", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("first 200 bytes", Arrays.copyOf(article, 200)),
                Arguments.of("claims PDF by type but is text", "Just some words.".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void extract_corruptPdfFailsAsMalformed(String label, byte[] content) {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> extractor.extract(content, "application/pdf", "broken.pdf"));
        assertEquals("malformed PDF", e.reason());
    }

    @Test
    void extract_pdfReadsOnlyTheFirstPagesUpToTheCap() {
        TextExtractor capped = new TextExtractor(ExtractionLimits.DEFAULTS.withMaxPdfPages(5));
        ExtractedText text = capped.extract(PdfFixtures.pages(12), null, "long.pdf");
        assertTrue(text.text().contains("page 5."), text.text());
        assertFalse(text.text().contains("page 6."), text.text());
        assertTrue(text.notes().contains("read the first 5 of 12 pages (page limit)"), text.notes().toString());
    }

    @Test
    void extract_pdfStopsAtCharacterLimit() {
        TextExtractor capped = new TextExtractor(ExtractionLimits.DEFAULTS.withMaxCharacters(100));
        ExtractedText text = capped.extract(PdfFixtures.pages(12), null, "long.pdf");
        assertTrue(text.text().length() <= 100, text.text());
        assertTrue(text.notes().stream().anyMatch(n -> n.startsWith("character limit reached")), text.notes().toString());
    }

    @Test
    void extract_pdfPastItsTimeBudgetFails() {
        TextExtractor hurried = new TextExtractor(ExtractionLimits.DEFAULTS.withPdfTimeBudget(Duration.ofNanos(1)));
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> hurried.extract(PdfFixtures.pages(40), null, "slow.pdf"));
        assertEquals("PDF extraction exceeded the time budget", e.reason());
    }

    @Test
    void extract_pdfDeflateBombFailsBeforeInflating() {
        TextExtractor bounded = new TextExtractor(ExtractionLimits.DEFAULTS.withMaxPdfInflatedBytes(1 << 20));
        byte[] bomb = PdfFixtures.deflateBomb(8 << 20);
        assertTrue(bomb.length < 100_000, "the bomb is small on disk: " + bomb.length);
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> bounded.extract(bomb, null, "bomb.pdf"));
        assertEquals("PDF streams inflate beyond the limit of 1048576 bytes", e.reason());
    }

    @Test
    void extract_pdfIsRecognisedByContentWhateverTheName() {
        assertEquals("pdf", extractor.extract(PdfFixtures.article(), "binary/octet-stream", "upload.bin").format());
    }

    @Test
    void paragraphs_dropPageNumbersAndKeepListItemsOnTheirOwnLines() {
        String raw = "Intro line one\ncontinues here." + PdfTextReader.PARAGRAPH + "- first item\n- second item"
                + PdfTextReader.PARAGRAPH + "Page 3 of 9" + PdfTextReader.PARAGRAPH + "A hyphen-\nated word.";
        assertEquals("Intro line one continues here.\n\n- first item\n- second item\n\nA hyphenated word.", PdfExtractor.paragraphs(raw));
    }
}
