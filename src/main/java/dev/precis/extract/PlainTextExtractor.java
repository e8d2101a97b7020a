package dev.precis.extract;

import dev.precis.engine.InvalidDocumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text: decoded, line ends and blank lines normalized, otherwise as written. The engine finds
 * the headline and joins wrapped lines itself.
 */
final class PlainTextExtractor {
    private PlainTextExtractor() {}

    static ExtractedText extract(byte[] content, String declaredCharset, ExtractionLimits limits) {
        CharsetDetector.Decoded decoded = CharsetDetector.decode(content, declaredCharset);
        String text = ParagraphText.normalize(decoded.text());
        if (text.isBlank()) throw new InvalidDocumentException("empty document");
        List<String> notes = new ArrayList<>(decoded.notes());
        text = ParagraphText.cap(text, limits.maxCharacters(), notes);
        return new ExtractedText(text, null, Format.TEXT.label(), decoded.charset().name(), notes);
    }
}
