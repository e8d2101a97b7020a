package dev.precis.extract;

import dev.precis.engine.InvalidDocumentException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides what an upload is: the content's magic bytes first, then the stored Content-Type, then the
 * file name's extension. Formats Précis cannot read are SKIPPED as {@code unsupported format: NAME}.
 */
final class FormatDetector {
    private static final int SNIFF_BYTES = 1024;

    private record Magic(String format, int offset, byte[] bytes) {
        static Magic of(String format, int offset, int... values) {
            byte[] bytes = new byte[values.length];
            for (int i = 0; i < values.length; i++) bytes[i] = (byte) values[i];
            return new Magic(format, offset, bytes);
        }

        static Magic ascii(String format, int offset, String text) {
            return new Magic(format, offset, text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** Binary formats recognised by their signature so the reason can name them. */
    private static final List<Magic> UNSUPPORTED_MAGIC = List.of(
            Magic.of("png", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            Magic.of("jpeg", 0, 0xFF, 0xD8, 0xFF),
            Magic.ascii("gif", 0, "GIF87a"),
            Magic.ascii("gif", 0, "GIF89a"),
            Magic.ascii("webp", 8, "WEBP"),
            Magic.ascii("wav", 8, "WAVE"),
            Magic.ascii("mp4", 4, "ftyp"),
            Magic.of("tiff", 0, 'I', 'I', 0x2A, 0x00),
            Magic.of("tiff", 0, 'M', 'M', 0x00, 0x2A),
            Magic.of("gzip", 0, 0x1F, 0x8B),
            Magic.ascii("bzip2", 0, "BZh"),
            Magic.of("xz", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
            Magic.of("7z", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            Magic.ascii("rar", 0, "Rar!\u001A\u0007"),
            Magic.of("zstd", 0, 0x28, 0xB5, 0x2F, 0xFD),
            Magic.of("ole2", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            Magic.of("elf", 0, 0x7F, 'E', 'L', 'F'),
            Magic.of("class", 0, 0xCA, 0xFE, 0xBA, 0xBE),
            Magic.ascii("sqlite", 0, "SQLite format 3\u0000"),
            Magic.ascii("ogg", 0, "OggS"),
            Magic.ascii("flac", 0, "fLaC"),
            Magic.ascii("mp3", 0, "ID3"),
            Magic.ascii("woff", 0, "wOFF"),
            Magic.ascii("woff2", 0, "wOF2"),
            Magic.ascii("rtf", 0, "{\\rtf"),
            Magic.ascii("postscript", 0, "%!PS"));

    /** Zip containers: the first entry name found in the archive's directory says what it holds. */
    private static final List<Map.Entry<String, String>> ZIP_KINDS = List.of(
            Map.entry("word/document.xml", "docx"),
            Map.entry("xl/workbook.xml", "xlsx"),
            Map.entry("ppt/presentation.xml", "pptx"),
            Map.entry("application/epub+zip", "epub"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument", "odf"));

    private static final Map<String, Format> MEDIA_TYPES = Map.of(
            "text/html", Format.HTML,
            "application/xhtml+xml", Format.HTML,
            "text/markdown", Format.MARKDOWN,
            "text/x-markdown", Format.MARKDOWN,
            "application/pdf", Format.PDF,
            "application/x-pdf", Format.PDF);

    /** Content-Types that say nothing about the content: S3's defaults and plain text. */
    private static final Set<String> GENERIC_MEDIA_TYPES = Set.of(
            "application/octet-stream", "binary/octet-stream", "text/plain", "application/unknown");

    /** Text-based media types that still make no sense to summarize. */
    private static final Map<String, String> UNSUPPORTED_TEXT_TYPES = Map.of(
            "text/csv", "csv", "text/xml", "xml", "text/css", "css", "text/javascript", "javascript",
            "text/calendar", "calendar", "text/rtf", "rtf", "text/tab-separated-values", "tsv");

    private static final Map<String, Format> EXTENSIONS = Map.of(
            "txt", Format.TEXT, "text", Format.TEXT,
            "md", Format.MARKDOWN, "markdown", Format.MARKDOWN, "mdown", Format.MARKDOWN, "mkd", Format.MARKDOWN,
            "html", Format.HTML, "htm", Format.HTML, "xhtml", Format.HTML,
            "pdf", Format.PDF);

    private static final Set<String> UNSUPPORTED_EXTENSIONS = Set.of(
            "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "epub", "zip", "gz", "tgz",
            "png", "jpg", "jpeg", "gif", "webp", "tif", "tiff", "bmp", "svg", "heic", "mp3", "mp4", "mov", "wav",
            "csv", "tsv", "json", "xml", "exe", "dll", "jar", "class", "so", "bin", "iso", "dmg");

    private FormatDetector() {}

    /**
     * @throws InvalidDocumentException {@code unsupported format: NAME} for a recognised format Précis
     *     does not read
     */
    static Format detect(byte[] content, String mediaType, String name) {
        String extension = extension(name);
        Format sniffed = sniff(content, extension);
        if (sniffed != null) return sniffed;
        if (mediaType != null && !GENERIC_MEDIA_TYPES.contains(mediaType)) {
            Format declared = MEDIA_TYPES.get(mediaType);
            if (declared != null) return declared;
            String unsupported = unsupportedMediaType(mediaType);
            if (unsupported != null) throw unsupported(unsupported);
        }
        if (extension != null) {
            Format byName = EXTENSIONS.get(extension);
            if (byName != null) return byName;
            if (UNSUPPORTED_EXTENSIONS.contains(extension)) throw unsupported(extension);
        }
        return Format.TEXT;
    }

    /** The format the content itself declares, or null when its bytes do not say. */
    private static Format sniff(byte[] content, String extension) {
        if (isPdf(content)) return Format.PDF;
        if (startsWith(content, 0, "PK\u0003\u0004")) throw unsupported(zipKind(content, extension));
        for (Magic magic : UNSUPPORTED_MAGIC) {
            if (startsWith(content, magic.offset(), magic.bytes())) {
                throw unsupported(magic.format().equals("ole2") && extension != null && UNSUPPORTED_EXTENSIONS.contains(extension)
                        ? extension : magic.format());
            }
        }
        String head = asciiHead(content).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")) return Format.HTML;
        if (head.startsWith("<?xml") || head.startsWith("<!--")) {
            if (head.contains("<html") || head.contains("<!doctype html")) return Format.HTML;
            if (head.startsWith("<?xml")) throw unsupported(head.contains("<svg") ? "svg" : "xml");
        }
        if (head.startsWith("<svg")) throw unsupported("svg");
        return null;
    }

    /** "%PDF-" first, or within the first KB behind a binary prefix (as PDF readers accept); never inside text. */
    private static boolean isPdf(byte[] content) {
        int at = indexOf(content, "%PDF-", SNIFF_BYTES);
        if (at < 0) return false;
        for (int i = 0; i < at; i++) {
            int b = content[i] & 0xFF;
            if (b == 0 || b >= 0x80) return true;
        }
        return content.length > 0 && new String(content, 0, at, StandardCharsets.ISO_8859_1).isBlank();
    }

    private static String zipKind(byte[] content, String extension) {
        for (Map.Entry<String, String> kind : ZIP_KINDS) {
            if (indexOf(content, kind.getKey(), content.length) >= 0) return kind.getValue();
        }
        return extension != null && UNSUPPORTED_EXTENSIONS.contains(extension) ? extension : "zip";
    }

    private static String unsupportedMediaType(String mediaType) {
        String known = UNSUPPORTED_TEXT_TYPES.get(mediaType);
        if (known != null) return known;
        if (mediaType.startsWith("text/")) return null;
        int slash = mediaType.indexOf('/');
        String subtype = slash < 0 ? mediaType : mediaType.substring(slash + 1);
        if (subtype.contains("wordprocessingml")) return "docx";
        if (subtype.contains("spreadsheetml")) return "xlsx";
        if (subtype.contains("presentationml")) return "pptx";
        if (subtype.equals("msword")) return "doc";
        int plus = subtype.lastIndexOf('+');
        String name = plus >= 0 ? subtype.substring(plus + 1) : subtype;
        return name.startsWith("x-") ? name.substring(2) : name;
    }

    static String extension(String name) {
        if (name == null) return null;
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot <= 0 || dot == base.length() - 1) return null;
        return base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static InvalidDocumentException unsupported(String format) {
        return new InvalidDocumentException("unsupported format: " + format);
    }

    /** The first bytes as ASCII, skipping a byte order mark; UTF-16 text keeps its low bytes. */
    private static String asciiHead(byte[] content) {
        int start = 0;
        int step = 1;
        if (startsWith(content, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            start = 3;
        } else if (startsWith(content, 0, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            start = 2;
            step = 2;
        } else if (startsWith(content, 0, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            start = 3;
            step = 2;
        }
        StringBuilder head = new StringBuilder();
        for (int i = start; i < content.length && head.length() < SNIFF_BYTES; i += step) {
            int b = content[i] & 0xFF;
            head.append(b < 0x80 ? (char) b : '?');
        }
        return head.toString();
    }

    private static boolean startsWith(byte[] content, int offset, String ascii) {
        return startsWith(content, offset, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) return false;
        }
        return true;
    }

    private static int indexOf(byte[] content, String ascii, int limit) {
        byte[] needle = ascii.getBytes(StandardCharsets.ISO_8859_1);
        int end = Math.min(content.length, limit) - needle.length;
        for (int i = 0; i <= end; i++) {
            if (startsWith(content, i, needle)) return i;
        }
        return -1;
    }
}
