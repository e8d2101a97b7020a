package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.engine.InvalidDocumentException;
import dev.precis.engine.MalformedDocumentException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each encoding an upload arrives in, written as bytes: decoded text, charset and the recorded decision. */
class EncodingTest {
    private static final String FRENCH = "Le café de la gare rouvre à l'été, après deux ans de travaux.";
    private static final String QUOTED = "\u201CThe ferry is late again,\u201D she said \u2013 for the third time.";
    private final TextExtractor extractor = new TextExtractor();

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    static Stream<Arguments> decodable() {
        Charset cp1252 = Charset.forName("windows-1252");
        Charset cp1251 = Charset.forName("windows-1251");
        String russian = "Паром снова ходит по расписанию каждый день.";
        return Stream.of(
                Arguments.of("UTF-8 without BOM", FRENCH.getBytes(StandardCharsets.UTF_8), null, FRENCH, "UTF-8", null),
                Arguments.of("UTF-8 with BOM", concat(bytes(0xEF, 0xBB, 0xBF), FRENCH.getBytes(StandardCharsets.UTF_8)), null, FRENCH, "UTF-8", null),
                Arguments.of("UTF-16LE with BOM", concat(bytes(0xFF, 0xFE), FRENCH.getBytes(StandardCharsets.UTF_16LE)), null, FRENCH, "UTF-16LE", null),
                Arguments.of("UTF-16BE with BOM", concat(bytes(0xFE, 0xFF), FRENCH.getBytes(StandardCharsets.UTF_16BE)), null, FRENCH, "UTF-16BE", null),
                Arguments.of("UTF-16LE without BOM", FRENCH.getBytes(StandardCharsets.UTF_16LE), null, FRENCH, "UTF-16LE", "byte pattern"),
                Arguments.of("windows-1252 smart quotes (0x93 0x94 0x96)", QUOTED.getBytes(cp1252), null, QUOTED, "windows-1252", "bytes 0x80-0x9F occur"),
                Arguments.of("ISO-8859-1 accents, no C1 bytes", FRENCH.getBytes(StandardCharsets.ISO_8859_1), null, FRENCH, "ISO-8859-1", "decoded as ISO-8859-1"),
                Arguments.of("declared ISO-8859-1 with C1 bytes is windows-1252", QUOTED.getBytes(cp1252), "text/plain; charset=iso-8859-1", QUOTED, "windows-1252", "declared ISO-8859-1"),
                Arguments.of("declared latin1 but valid UTF-8", FRENCH.getBytes(StandardCharsets.UTF_8), "text/plain; charset=ISO-8859-1", FRENCH, "UTF-8", "valid UTF-8"),
                Arguments.of("declared windows-1251 is honoured", russian.getBytes(cp1251), "text/plain; charset=\"windows-1251\"", russian, "windows-1251", null),
                Arguments.of("unknown declared charset is ignored", FRENCH.getBytes(StandardCharsets.UTF_8), "text/plain; charset=klingon-8", FRENCH, "UTF-8", "unknown declared charset ignored: klingon-8"),
                Arguments.of("ASCII is UTF-8", "Plain words.".getBytes(StandardCharsets.US_ASCII), null, "Plain words.", "UTF-8", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decodable")
    void extract_decodesEachEncodingAndRecordsTheDecision(String label, byte[] content, String contentType, String expected,
            String charset, String note) {
        ExtractedText text = extractor.extract(content, contentType, "note.txt");
        assertEquals(expected, text.text());
        assertEquals(charset, text.charset());
        if (note == null) {
            assertEquals(List.of(), text.notes());
        } else {
            assertTrue(text.notes().stream().anyMatch(n -> n.contains(note)), () -> text.notes().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decodable")
    void extract_decodesTheSameInsideHtml(String label, byte[] content, String contentType, String expected, String charset, String note) {
        if (charset.startsWith("UTF-16")) return; // wrapping below is single-byte
        byte[] html = concat("<html><body><p>".getBytes(StandardCharsets.US_ASCII), content, "</p></body></html>".getBytes(StandardCharsets.US_ASCII));
        String type = contentType == null ? "text/html" : contentType.replace("text/plain", "text/html");
        assertEquals(expected.replace("\uFEFF", ""), extractor.extract(html, type, null).text().replace("\uFEFF", ""));
    }

    @org.junit.jupiter.api.Test
    void extract_replacesAFewInvalidUtf8SequencesAndCountsThem() {
        byte[] content = concat(QUOTED.getBytes(StandardCharsets.UTF_8), bytes(' ', 0xC3, '!'));
        ExtractedText text = extractor.extract(content, null, null);
        assertEquals(QUOTED + " \uFFFD!", text.text());
        assertEquals("UTF-8", text.charset());
        assertEquals(List.of("1 invalid UTF-8 sequence replaced with U+FFFD"), text.notes());
    }

    @org.junit.jupiter.api.Test
    void extract_htmlMetaCharsetIsHonoured() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
                + "<body><p>Паром снова ходит.</p></body></html>";
        ExtractedText text = extractor.extract(page.getBytes(Charset.forName("windows-1251")), "text/html", "index.html");
        assertEquals("Паром снова ходит.", text.text());
        assertEquals("windows-1251", text.charset());
    }

    @org.junit.jupiter.api.Test
    void extract_contentTypeCharsetOverridesHtmlMeta() {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + FRENCH + "</p></body></html>";
        ExtractedText text = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null);
        assertEquals(FRENCH, text.text());
    }

    @org.junit.jupiter.api.Test
    void extract_undeclaredNonWesternLegacyTextFailsInsteadOfGarbage() {
        byte[] content = "Паром снова ходит по расписанию каждый день.".getBytes(Charset.forName("windows-1251"));
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> extractor.extract(content, null, "ru.txt"));
        assertTrue(e.reason().startsWith("undecodable text"), e.reason());
    }

    @org.junit.jupiter.api.Test
    void extract_utf16FullOfLoneSurrogatesFails() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(0xFF, 0xFE));
        for (int i = 0; i < 20; i++) out.writeBytes(bytes('x', 0x00, 0x00, 0xD8)); // "x" and a lone high surrogate
        byte[] content = out.toByteArray();
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> extractor.extract(content, null, null));
        assertTrue(e.reason().startsWith("undecodable text: "), e.reason());
    }

    static Stream<Arguments> notText() {
        return Stream.of(
                Arguments.of("empty", new byte[0], "empty document"),
                Arguments.of("only whitespace", " \n\t\n".getBytes(StandardCharsets.US_ASCII), "empty document"),
                Arguments.of("only Unicode spaces", " \u00A0\n\u2003\u3000\n\u202F".getBytes(StandardCharsets.UTF_8), "empty document"),
                Arguments.of("NUL bytes", bytes('a', 0, 'b', 0, 0, 0, 'c', 1, 2, 3), "binary content"),
                Arguments.of("control characters", bytes(1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b'), "binary content"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notText")
    void extract_skipsWhatIsNotText(String label, byte[] content, String reason) {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> extractor.extract(content, null, null));
        assertEquals(reason, e.reason());
    }
}
