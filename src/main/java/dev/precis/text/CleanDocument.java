package dev.precis.text;

import java.util.List;

/**
 * A document after cleaning: its headline, its date line when it had one, and its blocks in order.
 *
 * @param title the headline (given by the caller or found in the text), or null
 * @param dateline the raw text of the article's date/time line (e.g. "6:36 AM EST, November 8, 2023"), or null
 * @param blocks paragraphs and headings, noise removed
 */
public record CleanDocument(String title, String dateline, List<Block> blocks) {
    public CleanDocument {
        blocks = List.copyOf(blocks);
    }

    /** A paragraph of running text, or a heading-like line (headline, subheading, list item, caption) that is never glued to its neighbours. */
    public record Block(Kind kind, String text) {}

    public enum Kind { PARAGRAPH, HEADING }
}
