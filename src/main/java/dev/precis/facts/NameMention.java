package dev.precis.facts;

import java.util.List;

/**
 * One proper-noun phrase as it occurs in a sentence: its tokens, its text as written, where it
 * occurs in reading order, and the clues to its type found around it.
 */
record NameMention(List<String> tokens, String text, int position, TypeEvidence evidence) {
    NameMention {
        tokens = List.copyOf(tokens);
    }

    String key() {
        return Names.key(tokens);
    }
}
