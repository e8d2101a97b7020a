package dev.precis.nlp;

import java.util.List;

/**
 * One sentence as tokens with Universal Dependencies part-of-speech tags (PROPN, NOUN, VERB, ...).
 * {@code starts[i]} and {@code ends[i]} are token i's character offsets in {@code text}.
 */
public record TaggedSentence(String text, List<String> tokens, List<String> tags, int[] starts, int[] ends) {
    public int size() {
        return tokens.size();
    }

    public String token(int i) {
        return tokens.get(i);
    }

    public String tag(int i) {
        return tags.get(i);
    }

    /** The original text from token {@code from} to token {@code to} (exclusive), spacing kept. */
    public String textOf(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }
}
