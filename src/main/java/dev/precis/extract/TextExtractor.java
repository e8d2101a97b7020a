package dev.precis.extract;

import dev.precis.engine.InvalidDocumentException;
import dev.precis.engine.MalformedDocumentException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an uploaded file's bytes into text for the engine. One path for the CLI and the handler.
 * Thread-safe.
 */
public final class TextExtractor {

    /**
     * @param content the file's bytes
     * @param contentType the stored Content-Type, or null
     * @param name the file name or object key (for its extension), or null
     * @throws InvalidDocumentException empty, binary or unsupported content (status SKIPPED)
     * @throws MalformedDocumentException content that cannot be decoded (status FAILED)
     */
    public ExtractedText extract(byte[] content, String contentType, String name) {
        if (content.length == 0) throw new InvalidDocumentException("empty document");
        List<String> notes = new ArrayList<>();
        int offset = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(content, 0xFF, 0xFE)) {
            offset = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(content, 0xFE, 0xFF)) {
            offset = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (looksBinary(content)) {
            throw new InvalidDocumentException("binary content");
        }
        String text;
        try {
            text = strictDecoder(charset).decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            if (charset != StandardCharsets.UTF_8) throw new MalformedDocumentException("invalid " + charset.name() + " byte sequence");
            charset = Charset.forName("windows-1252");
            text = new String(content, offset, content.length - offset, charset);
            notes.add("invalid UTF-8: decoded as windows-1252");
        }
        if (text.isBlank()) throw new InvalidDocumentException("empty document");
        return new ExtractedText(text, null, "text", charset.name(), notes);
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
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
}
