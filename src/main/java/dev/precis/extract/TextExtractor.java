package dev.precis.extract;

import dev.precis.engine.InvalidDocumentException;
import dev.precis.engine.MalformedDocumentException;
import java.util.Objects;

/**
 * Turns an uploaded file's bytes into text for the engine. One path for the CLI and the handler.
 * Thread-safe.
 *
 * <p>The format comes from the content's magic bytes, then the Content-Type, then the name's
 * extension ({@link FormatDetector}); text formats are decoded by {@link CharsetDetector}. PDF
 * support (PDFBox) is loaded only when the first PDF arrives.
 */
public final class TextExtractor {
    private final ExtractionLimits limits;

    public TextExtractor() {
        this(ExtractionLimits.DEFAULTS);
    }

    public TextExtractor(ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * @param content the file's bytes
     * @param contentType the stored Content-Type, or null
     * @param name the file name or object key (for its extension), or null
     * @throws InvalidDocumentException empty, binary or unsupported content, a PDF without a text
     *     layer (status SKIPPED)
     * @throws MalformedDocumentException content that claims a format but is broken: a corrupt or
     *     encrypted PDF, undecodable text, a PDF past its limits (status FAILED)
     */
    public ExtractedText extract(byte[] content, String contentType, String name) {
        Objects.requireNonNull(content, "content");
        if (content.length == 0) throw new InvalidDocumentException("empty document");
        ContentType type = ContentType.parse(contentType);
        Format format = FormatDetector.detect(content, type.mediaType(), name);
        if (format == Format.PDF) return PdfExtractor.extract(content, limits);
        if (format == Format.HTML) return HtmlExtractor.extract(content, type.charset(), limits);
        if (format == Format.MARKDOWN) return MarkdownExtractor.extract(content, type.charset(), limits);
        return PlainTextExtractor.extract(content, type.charset(), limits);
    }
}
