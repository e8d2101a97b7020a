package dev.precis.score;

/**
 * A sentence as the selector sees it.
 *
 * @param text the sentence, whitespace normalized
 * @param paragraph index of the block it came from
 * @param candidate false for headings, captions and list fragments, which may not be summary sentences
 */
public record SentenceUnit(String text, int paragraph, boolean candidate) {}
