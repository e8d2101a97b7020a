package dev.precis.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what one document may cost to extract. Hostile files (a PDF with thousands of pages, a
 * decompression bomb, a content stream that never ends) stop at these limits instead of exhausting
 * the function.
 *
 * @param maxCharacters text longer than this is cut at a paragraph boundary, with a note
 * @param maxPdfPages only the first pages of a longer PDF are read, with a note
 * @param pdfTimeBudget wall-clock time one PDF may take; the text read so far is kept, with a note
 * @param maxPdfInflatedBytes how many bytes a PDF's compressed streams may inflate to (images excepted)
 */
public record ExtractionLimits(int maxCharacters, int maxPdfPages, Duration pdfTimeBudget, long maxPdfInflatedBytes) {
    /**
     * 16 million characters (more than the 10 MiB object limit can hold, so plain text is never cut by
     * default; HTML and PDF can expand), 200 pages, 15 seconds, 128 MiB inflated.
     */
    public static final ExtractionLimits DEFAULTS = new ExtractionLimits(16_000_000, 200, Duration.ofSeconds(15), 128L << 20);

    public ExtractionLimits {
        if (maxCharacters < 1) throw new IllegalArgumentException("maxCharacters must be positive, was " + maxCharacters);
        if (maxPdfPages < 1) throw new IllegalArgumentException("maxPdfPages must be positive, was " + maxPdfPages);
        Objects.requireNonNull(pdfTimeBudget, "pdfTimeBudget");
        if (pdfTimeBudget.isNegative() || pdfTimeBudget.isZero()) {
            throw new IllegalArgumentException("pdfTimeBudget must be positive, was " + pdfTimeBudget);
        }
        if (maxPdfInflatedBytes < 1) throw new IllegalArgumentException("maxPdfInflatedBytes must be positive, was " + maxPdfInflatedBytes);
    }

    public ExtractionLimits withMaxCharacters(int value) {
        return new ExtractionLimits(value, maxPdfPages, pdfTimeBudget, maxPdfInflatedBytes);
    }

    public ExtractionLimits withMaxPdfPages(int value) {
        return new ExtractionLimits(maxCharacters, value, pdfTimeBudget, maxPdfInflatedBytes);
    }

    public ExtractionLimits withPdfTimeBudget(Duration value) {
        return new ExtractionLimits(maxCharacters, maxPdfPages, value, maxPdfInflatedBytes);
    }

    public ExtractionLimits withMaxPdfInflatedBytes(long value) {
        return new ExtractionLimits(maxCharacters, maxPdfPages, pdfTimeBudget, value);
    }
}
