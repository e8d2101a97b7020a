package dev.precis.extract;

import dev.precis.engine.InvalidDocumentException;
import dev.precis.engine.MalformedDocumentException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decodes the bytes of a text format and records every decision it had to make.
 *
 * <ol>
 *   <li>A byte order mark wins: UTF-8, UTF-16LE, UTF-16BE.
 *   <li>Then a declared charset (Content-Type charset=, HTML meta), unless the declaration is
 *       a single-byte charset and the bytes are valid multi-byte UTF-8.
 *   <li>Then the bytes: UTF-16 without a mark (from its NUL pattern), UTF-8 (a few invalid
 *       sequences among many valid ones are replaced with U+FFFD and counted), else a Western
 *       single-byte charset: windows-1252 when bytes 0x80–0x9F occur (printable in 1252, control
 *       codes in ISO-8859-1), else ISO-8859-1 (both read such text identically; ISO-8859-1 is the
 *       name Précis reports).
 * </ol>
 *
 * Text that is neither UTF-8 nor Western (mostly high bytes, like Cyrillic or CJK legacy encodings
 * without a declaration) fails as undecodable rather than turning into garbage.
 */
final class CharsetDetector {
    /** Looked up when needed: most uploads are UTF-8 and need not load it. */
    private static final String WINDOWS_1252 = "windows-1252";
    /** Above this share of non-ASCII bytes among letters, single-byte text is not a Western language. */
    private static final double MAX_WESTERN_HIGH_SHARE = 0.3;
    /** Above this share of replaced sequences, a declared or marked charset is wrong, not damaged. */
    private static final double MAX_REPLACED_SHARE = 0.1;

    /** Decoded text, the charset used, and the decisions taken. */
    record Decoded(String text, Charset charset, List<String> notes) {}

    private CharsetDetector() {}

    /**
     * @param declared a charset label from the Content-Type or the document, or null
     * @throws InvalidDocumentException binary content
     * @throws MalformedDocumentException text in no charset Précis can tell
     */
    static Decoded decode(byte[] bytes, String declared) {
        List<String> notes = new ArrayList<>();
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            Charset named = resolve(declared, null);
            if (named != null && !named.equals(bom) && !named.name().startsWith(bom.name().substring(0, 5))) {
                notes.add("byte order mark (" + bom.name() + ") overrides declared charset " + named.name());
            }
            return replaced(bytes, skip, bom, notes);
        }
        if (looksBinary(bytes)) {
            Charset utf16 = utf16Pattern(bytes);
            if (utf16 == null) throw new InvalidDocumentException("binary content");
            notes.add("no byte order mark: " + utf16.name() + " recognised from its byte pattern");
            return replaced(bytes, 0, utf16, notes);
        }
        Charset named = resolve(declared, notes);
        if (named != null) return declaredCharset(bytes, named, notes);
        return detect(bytes, notes);
    }

    private static Decoded declaredCharset(byte[] bytes, Charset named, List<String> notes) {
        if (named.equals(StandardCharsets.UTF_8)) {
            Utf8Stats stats = Utf8Stats.of(bytes);
            if (stats.invalid() == 0 || stats.mostlyValid()) return utf8(bytes, stats, notes);
            notes.add("declared UTF-8 but not UTF-8");
            return legacy(bytes, notes);
        }
        if (isWesternSingleByte(named)) {
            Utf8Stats stats = Utf8Stats.of(bytes);
            if (stats.multibyte() > 0 && stats.invalid() == 0) {
                notes.add("declared " + named.name() + " but the content is valid UTF-8: decoded as UTF-8");
                return utf8(bytes, stats, notes);
            }
            if (!named.name().equals(WINDOWS_1252) && hasC1Bytes(bytes)) {
                notes.add("declared " + named.name() + " but bytes 0x80-0x9F occur: decoded as windows-1252");
                return replaced(bytes, 0, Charset.forName(WINDOWS_1252), notes);
            }
        }
        return replaced(bytes, 0, named, notes);
    }

    private static Decoded detect(byte[] bytes, List<String> notes) {
        String strict = strictUtf8(bytes);
        if (strict != null) return new Decoded(strict, StandardCharsets.UTF_8, notes);
        Utf8Stats stats = Utf8Stats.of(bytes);
        if (stats.invalid() == 0 || stats.mostlyValid()) return utf8(bytes, stats, notes);
        notes.add("not UTF-8 (" + stats.invalid() + " invalid sequences)");
        return legacy(bytes, notes);
    }

    private static Decoded utf8(byte[] bytes, Utf8Stats stats, List<String> notes) {
        if (stats.invalid() == 0) return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, notes);
        return replaced(bytes, 0, StandardCharsets.UTF_8, notes);
    }

    /** The text when the bytes are valid UTF-8 (the common case, decoded by the JDK in one pass), else null. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Single-byte Western text: windows-1252 when C1 bytes occur, else ISO-8859-1. */
    private static Decoded legacy(byte[] bytes, List<String> notes) {
        int high = 0;
        int letters = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80) high++;
            else if (Character.isLetter(v)) letters++;
        }
        if (high > MAX_WESTERN_HIGH_SHARE * (high + letters)) {
            throw new MalformedDocumentException("undecodable text: not UTF-8 and not a Western single-byte charset; declare the charset in the Content-Type");
        }
        if (hasC1Bytes(bytes)) {
            notes.add("decoded as windows-1252 (bytes 0x80-0x9F occur)");
            return replaced(bytes, 0, Charset.forName(WINDOWS_1252), notes);
        }
        notes.add("decoded as ISO-8859-1 (no bytes 0x80-0x9F; windows-1252 reads the same)");
        return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, notes);
    }

    /** Decodes with the given charset; a few bad sequences are replaced and counted, many are a failure. */
    private static Decoded replaced(byte[] bytes, int offset, Charset charset, List<String> notes) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) in.remaining() * 2 + 16));
        int replaced = 0;
        while (true) {
            CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
            if (result.isError()) {
                out.put('\uFFFD');
                in.position(in.position() + result.length());
                replaced++;
            } else if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
        }
        out.flip();
        if (replaced > 0) {
            int units = Math.max(1, bytes.length - offset);
            if (replaced > MAX_REPLACED_SHARE * units && replaced > 3) {
                throw new MalformedDocumentException("undecodable text: " + replaced + " invalid " + charset.name() + " sequences");
            }
            notes.add(replaced + " invalid " + charset.name() + " sequence" + (replaced == 1 ? "" : "s") + " replaced with U+FFFD");
        }
        return new Decoded(out.toString(), charset, notes);
    }

    /** The charset a label names, or null (with a note when notes are given) when Java does not know it. */
    static Charset resolve(String label, List<String> notes) {
        if (label == null || label.isBlank()) return null;
        String clean = label.trim().toLowerCase(Locale.ROOT);
        try {
            if (Charset.isSupported(clean)) return Charset.forName(clean);
        } catch (IllegalCharsetNameException e) {
            // reported below like any unknown label
        }
        if (notes != null) notes.add("unknown declared charset ignored: " + sanitize(clean));
        return null;
    }

    private static String sanitize(String label) {
        String safe = label.replaceAll("[^a-z0-9._:-]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) : safe;
    }

    private static boolean isWesternSingleByte(Charset charset) {
        String name = charset.name();
        return name.equals("ISO-8859-1") || name.equals("US-ASCII") || name.equals("windows-1252") || name.equals("ISO-8859-15");
    }

    private static boolean hasC1Bytes(byte[] bytes) {
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80 && v <= 0x9F) return true;
        }
        return false;
    }

    private static Charset bomCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** UTF-16 without a mark: in mostly-ASCII text every other byte is NUL, and the others are not. */
    private static Charset utf16Pattern(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 8) return null;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.9 && evenNul < pairs * 0.05) return StandardCharsets.UTF_16LE;
        if (evenNul > pairs * 0.9 && oddNul < pairs * 0.05) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** NUL bytes, or more than 10% control characters in the first 8 KB, mean this is not text. */
    private static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return control * 10 > n;
    }

    /** Counts of valid multi-byte and invalid sequences when the bytes are read as UTF-8. */
    private record Utf8Stats(int multibyte, int invalid) {
        /** Damaged UTF-8, not another charset: more valid multi-byte sequences than invalid ones. */
        boolean mostlyValid() {
            return multibyte > invalid;
        }

        static Utf8Stats of(byte[] b) {
            int multibyte = 0;
            int invalid = 0;
            int i = 0;
            while (i < b.length) {
                int lead = b[i] & 0xFF;
                if (lead < 0x80) {
                    i++;
                    continue;
                }
                int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
                if (length > 0 && validTail(b, i, length)) {
                    multibyte++;
                    i += length;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Stats(multibyte, invalid);
        }

        private static boolean validTail(byte[] b, int i, int length) {
            if (i + length > b.length) return false;
            int lead = b[i] & 0xFF;
            int second = b[i + 1] & 0xFF;
            if (second < 0x80 || second > 0xBF) return false;
            if (lead == 0xE0 && second < 0xA0 || lead == 0xED && second > 0x9F) return false;
            if (lead == 0xF0 && second < 0x90 || lead == 0xF4 && second > 0x8F) return false;
            for (int k = 2; k < length; k++) {
                int c = b[i + k] & 0xFF;
                if (c < 0x80 || c > 0xBF) return false;
            }
            return true;
        }
    }
}
