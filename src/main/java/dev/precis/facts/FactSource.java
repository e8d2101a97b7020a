package dev.precis.facts;

import java.util.List;
import java.util.Objects;

/**
 * What the key facts are drawn from.
 *
 * @param title the document's title, or null
 * @param sentences the cleaned body sentences in document order (noise such as credits and legal
 *     notices already removed); may be empty, never null
 * @param dateline the raw text of the article's date line ("6:36 AM EST, November 8, 2023"), or
 *     null; weekdays and relative dates are resolved against it
 */
public record FactSource(String title, List<String> sentences, String dateline) {
    public FactSource {
        Objects.requireNonNull(sentences, "sentences");
        sentences = List.copyOf(sentences);
    }
}
