package dev.precis.extract;

import java.util.List;

/**
 * Text taken out of an uploaded file, ready for the engine: paragraphs separated by blank lines.
 *
 * @param text the document text
 * @param title the headline when the format marks one (HTML title/h1, Markdown heading), else null
 * @param format what the content was recognised as: "text", "markdown", "html", "pdf"
 * @param charset the character set the bytes were decoded with (for text formats), else null
 * @param notes decisions worth recording, such as "invalid UTF-8: decoded as windows-1252"
 */
public record ExtractedText(String text, String title, String format, String charset, List<String> notes) {
    public ExtractedText {
        notes = List.copyOf(notes);
    }
}
