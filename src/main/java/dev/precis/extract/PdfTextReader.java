package dev.precis.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper with limits: it stops when the time budget is spent (checked at each page
 * and between content stream operators, so one endless page cannot hold it), when the character limit is
 * reached, or when one page draws more glyphs than any real page has. It marks paragraphs and
 * pages with U+2029 and remembers the first page's words with their font sizes for the headline.
 * Not thread-safe: one per document.
 */
final class PdfTextReader extends PDFTextStripper {
    static final char PARAGRAPH = '\u2029';
    /** Far more than a dense page holds (about 5,000); keeps the glyphs held for one page bounded. */
    private static final int MAX_GLYPHS_PER_PAGE = 100_000;
    private static final int OPERATORS_BETWEEN_CLOCK_CHECKS = 256;
    private static final double HEADLINE_SIZE_RATIO = 1.3;
    private static final int MAX_HEADLINE_WORDS = 30;
    private static final int MAX_FIRST_PAGE_WORDS = 2000;

    enum Stop { NONE, TIME, CHARACTERS, PAGE_GLYPHS }

    record Result(String text, Stop stop, int pagesRead, String headline) {}

    private record Word(String text, float size) {}

    /** Thrown to unwind PDFBox when a limit is hit; carries no stack trace. */
    private static final class LimitReached extends RuntimeException {
        private final Stop stop;

        LimitReached(Stop stop) {
            super(stop.name(), null, false, false);
            this.stop = stop;
        }
    }

    private final long deadline;
    private final int maxCharacters;
    private final List<Word> firstPage = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private int operators;
    private int glyphsOnPage;
    private int pagesRead;

    PdfTextReader(long deadline, int maxCharacters, int lastPage) throws IOException {
        this.deadline = deadline;
        this.maxCharacters = maxCharacters;
        setEndPage(lastPage);
        setLineSeparator("\n");
        setWordSeparator(" ");
        setParagraphStart("");
        setParagraphEnd(String.valueOf(PARAGRAPH));
        setPageStart("");
        setPageEnd(String.valueOf(PARAGRAPH));
        setSuppressDuplicateOverlappingText(true);
    }

    Result read(PDDocument document) throws IOException {
        Stop stop = Stop.NONE;
        try {
            writeText(document, out);
        } catch (LimitReached e) {
            stop = e.stop;
        }
        return new Result(out.toString(), stop, pagesRead, headline());
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % OPERATORS_BETWEEN_CLOCK_CHECKS == 0 && System.nanoTime() > deadline) {
            throw new LimitReached(Stop.TIME);
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        glyphsOnPage = 0;
        if (System.nanoTime() > deadline) throw new LimitReached(Stop.TIME);
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++glyphsOnPage > MAX_GLYPHS_PER_PAGE) throw new LimitReached(Stop.PAGE_GLYPHS);
        super.processTextPosition(text);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        pagesRead++;
        if (out.getBuffer().length() >= maxCharacters) throw new LimitReached(Stop.CHARACTERS);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (getCurrentPageNo() == 1 && firstPage.size() < MAX_FIRST_PAGE_WORDS && !text.isBlank()) {
            float size = 0;
            for (TextPosition p : positions) size = Math.max(size, p.getFontSizeInPt());
            firstPage.add(new Word(text.strip(), size));
        }
        super.writeString(text, positions);
    }

    /** The words that open the first page in a font clearly larger than its body text, or null. */
    private String headline() {
        if (firstPage.size() < 2) return null;
        float first = firstPage.get(0).size();
        if (first <= 0 || first < HEADLINE_SIZE_RATIO * bodySize()) return null;
        List<String> words = new ArrayList<>();
        for (Word w : firstPage) {
            if (Math.abs(w.size() - first) > first * 0.05 || words.size() >= MAX_HEADLINE_WORDS) break;
            words.add(w.text());
        }
        if (words.size() == firstPage.size() || words.size() >= MAX_HEADLINE_WORDS) return null;
        return ParagraphText.collapse(String.join(" ", words));
    }

    /** The font size most of the first page's characters are set in (character-weighted median). */
    private float bodySize() {
        List<Word> bySize = new ArrayList<>(firstPage);
        bySize.sort((a, b) -> Float.compare(a.size(), b.size()));
        int total = 0;
        for (Word w : bySize) total += w.text().length();
        int seen = 0;
        for (Word w : bySize) {
            seen += w.text().length();
            if (seen * 2 >= total) return w.size();
        }
        return 0;
    }
}
