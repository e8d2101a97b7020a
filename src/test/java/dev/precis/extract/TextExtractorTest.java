package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextExtractorTest {
    @Test
    void extract_plainTextGetsUnixLineEndsAndOneBlankLineBetweenParagraphs() {
        byte[] content = "Ferry news\r\n\r\n\r\nFirst paragraph.  \r\nStill first.\f\nSecond after a form feed.\r\n".getBytes(StandardCharsets.UTF_8);
        ExtractedText text = new TextExtractor().extract(content, "text/plain", "a.txt");
        assertEquals("Ferry news\n\nFirst paragraph.\nStill first.\n\nSecond after a form feed.", text.text());
        assertEquals("text", text.format());
        assertNull(text.title());
    }

    @Test
    void extract_textPastTheCharacterLimitIsCutAtAParagraphWithANote() {
        String first = "A".repeat(60) + ".";
        byte[] content = (first + "\n\n" + "B".repeat(60) + ".").getBytes(StandardCharsets.UTF_8);
        ExtractedText text = new TextExtractor(ExtractionLimits.DEFAULTS.withMaxCharacters(100)).extract(content, null, null);
        assertEquals(first, text.text());
        assertEquals("truncated to 61 of 124 characters (limit 100)", text.notes().get(0));
    }

    @Test
    void limits_rejectNonPositiveValuesNamingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtractionLimits.DEFAULTS.withMaxPdfPages(0));
        assertTrue(e.getMessage().startsWith("maxPdfPages"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ExtractionLimits.DEFAULTS.withPdfTimeBudget(Duration.ZERO));
        assertTrue(e.getMessage().startsWith("pdfTimeBudget"), e.getMessage());
    }
}
