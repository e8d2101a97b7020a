package dev.precis.extract;

import dev.precis.engine.InvalidDocumentException;
import dev.precis.engine.MalformedDocumentException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF through its text layer (Apache PDFBox). The only class with PDFBox in its signatures besides
 * {@link PdfTextReader}: {@link TextExtractor} reaches it only when a PDF arrives, so text and HTML
 * cold starts never load PDFBox.
 *
 * <p>Outcomes: text with paragraphs; SKIPPED "PDF has no text layer" (scans); FAILED "encrypted PDF"
 * (a user password is needed), "malformed PDF", or a limit's reason. Pages past the page limit and
 * text past the time budget or the character limit are left out, with a note.
 */
final class PdfExtractor {
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[•▪◦‣\\-*–]|\\d{1,3}[.)])\\s");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?(?:\\s*(?:of|/)\\s*\\d{1,4})?");
    /** Metadata titles that are file names or tool defaults rather than a headline. */
    private static final Pattern JUNK_TITLE = Pattern.compile(
            "(?i)untitled.*|microsoft (?:word|powerpoint) - .*|.*\\.(?:docx?|pdf|txt|rtf|odt|pptx?|indd|tex|html?)|document\\d*|title|slide \\d+");
    private static final int MAX_TITLE_CHARS = 300;

    private PdfExtractor() {}

    static ExtractedText extract(byte[] content, ExtractionLimits limits) {
        long deadline = System.nanoTime() + limits.pdfTimeBudget().toNanos();
        PdfStreamGuard.check(content, limits.maxPdfInflatedBytes(), deadline);
        List<String> notes = new ArrayList<>();
        MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfInflatedBytes());
        try (PDDocument document = Loader.loadPDF(content, "", null, null, memory.streamCache)) {
            if (document.isEncrypted()) notes.add("encrypted PDF without a user password: read with owner restrictions ignored");
            int pages = document.getNumberOfPages();
            int last = Math.min(pages, limits.maxPdfPages());
            if (pages > last) notes.add("read the first " + last + " of " + pages + " pages (page limit)");
            PdfTextReader.Result read = new PdfTextReader(deadline, limits.maxCharacters(), last).read(document);
            String text = paragraphs(read.text());
            noteStop(read, limits, notes);
            if (!hasWords(text)) {
                if (read.stop() == PdfTextReader.Stop.TIME) throw new MalformedDocumentException("PDF extraction exceeded the time budget");
                throw new InvalidDocumentException("PDF has no text layer");
            }
            String title = read.headline() != null ? read.headline() : metadataTitle(document);
            text = ParagraphText.cap(text, limits.maxCharacters(), notes);
            return new ExtractedText(text, title, Format.PDF.label(), null, notes);
        } catch (InvalidPasswordException e) {
            throw new MalformedDocumentException("encrypted PDF", e);
        } catch (InvalidDocumentException | MalformedDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new MalformedDocumentException("malformed PDF", e);
        }
    }

    private static void noteStop(PdfTextReader.Result read, ExtractionLimits limits, List<String> notes) {
        switch (read.stop()) {
            case TIME -> notes.add("time budget of " + limits.pdfTimeBudget().toMillis() + " ms spent after "
                    + read.pagesRead() + " pages: the rest left out");
            case PAGE_GLYPHS -> notes.add("page " + (read.pagesRead() + 1) + " draws too many characters: it and later pages left out");
            case CHARACTERS -> notes.add("character limit reached after " + read.pagesRead() + " pages");
            case NONE -> { }
        }
    }

    /**
     * PDFBox's paragraphs (marked with U+2029) as blank-line-separated paragraphs: lines joined,
     * words broken at a line-end hyphen rejoined, list items kept on their own lines, page numbers dropped.
     */
    static String paragraphs(String raw) {
        List<String> out = new ArrayList<>();
        for (String chunk : raw.split(String.valueOf(PdfTextReader.PARAGRAPH))) {
            StringBuilder paragraph = new StringBuilder();
            for (String line : chunk.split("\n")) {
                String t = ParagraphText.collapse(line);
                if (t.isEmpty()) continue;
                if (paragraph.length() == 0) {
                    paragraph.append(t);
                } else if (LIST_MARKER.matcher(t).find()) {
                    paragraph.append('\n').append(t);
                } else if (endsWithBrokenWord(paragraph) && Character.isLowerCase(t.charAt(0))) {
                    paragraph.setLength(paragraph.length() - 1);
                    paragraph.append(t);
                } else {
                    paragraph.append(' ').append(t);
                }
            }
            String text = paragraph.toString();
            if (!text.isEmpty() && !PAGE_NUMBER.matcher(text).matches()) out.add(text);
        }
        return ParagraphText.join(out);
    }

    private static boolean endsWithBrokenWord(StringBuilder s) {
        int n = s.length();
        return n >= 3 && s.charAt(n - 1) == '-' && Character.isLowerCase(s.charAt(n - 2)) && Character.isLetter(s.charAt(n - 3));
    }

    private static boolean hasWords(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 2; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) letters++;
        }
        return letters >= 2;
    }

    private static String metadataTitle(PDDocument document) {
        String title = document.getDocumentInformation().getTitle();
        if (title == null) return null;
        title = ParagraphText.collapse(title);
        if (title.isEmpty() || title.length() > MAX_TITLE_CHARS || JUNK_TITLE.matcher(title.toLowerCase(Locale.ROOT)).matches()) {
            return null;
        }
        return title;
    }
}
