package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.precis.engine.InvalidDocumentException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatDetectorTest {
    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length + 16];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static Stream<Arguments> recognised() {
        byte[] prose = ascii("Councillors met on Tuesday.");
        return Stream.of(
                Arguments.of("pdf magic beats a text type and name", ascii("%PDF-1.7\n..."), "text/plain", "a.txt", Format.PDF),
                Arguments.of("pdf magic behind a binary prefix", bytes(0x00, 0x01, '%', 'P', 'D', 'F', '-', '1'), null, null, Format.PDF),
                Arguments.of("html doctype beats a markdown name", ascii("\n <!DOCTYPE html><p>x"), null, "a.md", Format.HTML),
                Arguments.of("html tag", ascii("<html><body>x</body></html>"), null, null, Format.HTML),
                Arguments.of("html after a UTF-8 BOM", bytes(0xEF, 0xBB, 0xBF, '<', 'h', 't', 'm', 'l', '>'), null, null, Format.HTML),
                Arguments.of("UTF-16LE html", "\uFEFF<html><p>x".getBytes(StandardCharsets.UTF_16LE), null, null, Format.HTML),
                Arguments.of("xhtml with xml declaration", ascii("<?xml version=\"1.0\"?>\n<!DOCTYPE html><html>"), null, null, Format.HTML),
                Arguments.of("content type html", ascii("<p>fragment</p>"), "text/html; charset=utf-8", "a.txt", Format.HTML),
                Arguments.of("content type markdown", prose, "text/markdown", null, Format.MARKDOWN),
                Arguments.of("content type pdf without magic", prose, "application/pdf", null, Format.PDF),
                Arguments.of("generic type falls to the extension", prose, "binary/octet-stream", "notes/Plan.MD", Format.MARKDOWN),
                Arguments.of("text/plain falls to the extension", prose, "text/plain", "page.htm", Format.HTML),
                Arguments.of("markdown extension", prose, null, "README.markdown", Format.MARKDOWN),
                Arguments.of("pdf extension", prose, null, "scan.pdf", Format.PDF),
                Arguments.of("unknown extension is text", prose, null, "server.log", Format.TEXT),
                Arguments.of("no hints is text", prose, null, null, Format.TEXT),
                Arguments.of("dotted folder, no extension", prose, null, "v1.2/README", Format.TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recognised")
    void detect_findsFormat(String label, byte[] content, String mediaType, String name, Format expected) {
        String media = ContentType.parse(mediaType).mediaType();
        assertEquals(expected, FormatDetector.detect(content, media, name));
    }

    static Stream<Arguments> unsupported() {
        byte[] prose = ascii("Some words.");
        return Stream.of(
                Arguments.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), null, "photo.txt", "png"),
                Arguments.of(bytes(0xFF, 0xD8, 0xFF, 0xE0), "text/plain", null, "jpeg"),
                Arguments.of(ascii("GIF89a...."), null, null, "gif"),
                Arguments.of(bytes(0x1F, 0x8B, 0x08), null, "a.txt.gz", "gzip"),
                Arguments.of(ascii("PK\u0003\u0004....[Content_Types].xml....word/document.xml...."), null, "report", "docx"),
                Arguments.of(ascii("PK\u0003\u0004....xl/workbook.xml"), null, null, "xlsx"),
                Arguments.of(ascii("PK\u0003\u0004....other.txt"), null, null, "zip"),
                Arguments.of(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), null, "old.doc", "doc"),
                Arguments.of(ascii("{\\rtf1\\ansi Hello}"), null, null, "rtf"),
                Arguments.of(ascii("<?xml version=\"1.0\"?><feed></feed>"), null, null, "xml"),
                Arguments.of(prose, "image/png", null, "png"),
                Arguments.of(prose, "application/json", null, "json"),
                Arguments.of(prose, "text/csv", "data.txt", "csv"),
                Arguments.of(prose, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", null, "docx"),
                Arguments.of(prose, null, "slides.pptx", "pptx"),
                Arguments.of(prose, "application/octet-stream", "table.csv", "csv"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("unsupported")
    void detect_skipsUnsupportedFormatNamingIt(byte[] content, String mediaType, String name, String format) {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> FormatDetector.detect(content, ContentType.parse(mediaType).mediaType(), name));
        assertEquals("unsupported format: " + format, e.reason());
    }
}
