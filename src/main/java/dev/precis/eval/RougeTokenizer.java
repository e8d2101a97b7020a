package dev.precis.eval;

import dev.precis.nlp.PorterStemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into ROUGE tokens the way {@code rouge-score} does: lowercase, treat every
 * character outside [a-z0-9] as a separator, and Porter-stem tokens longer than three characters.
 * Stateless apart from its stemmer, so safe to share between threads.
 */
public final class RougeTokenizer {

    private final PorterStemmer stemmer;

    /** The tokenizer of {@code rouge-score} with {@code use_stemmer=True}. */
    public RougeTokenizer() {
        this(new PorterStemmer());
    }

    public RougeTokenizer(PorterStemmer stemmer) {
        this.stemmer = stemmer;
    }

    public List<String> tokenize(String text) {
        // Python's str.lower() and Java's root-locale lowercasing agree on the characters that
        // can become ASCII (e.g. the Kelvin sign becomes k, dotted capital I becomes i + U+0307).
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean inToken = i < lower.length() && isTokenChar(lower.charAt(i));
            if (inToken && start < 0) {
                start = i;
            } else if (!inToken && start >= 0) {
                tokens.add(stemIfLong(lower.substring(start, i)));
                start = -1;
            }
        }
        tokens.removeIf(String::isEmpty);
        return tokens;
    }

    private String stemIfLong(String token) {
        return token.length() > 3 ? stemmer.stem(token) : token;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
