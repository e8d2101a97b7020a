package dev.precis.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the known spellings of entities in plain text, longest first, without the tagger: one
 * regex pass for words and a hash lookup per capitalized word, so it is cheap enough to run over a
 * whole document (counting mentions) and around every quote (finding speakers).
 */
final class MentionIndex {

    /** One mention found: character offsets in the scanned text and the entity it names. */
    record Found(int start, int end, EntityGroup group) {}

    private final Map<String, EntityGroup> byKey = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>();
    private int longest = 1;

    /** Every spelling seen of every group, then the surname of each person not already taken ("Grant" for "Fiona Grant"). */
    MentionIndex(List<EntityGroup> groups) {
        for (EntityGroup group : groups) {
            for (EntityGroup.Form form : group.forms) add(form.keyTokens, group);
        }
        for (EntityGroup group : groups) {
            List<String> name = group.display.keyTokens;
            if (group.type() == EntityType.PERSON && name.size() > 1) add(name.subList(name.size() - 1, name.size()), group);
        }
    }

    private void add(List<String> keyTokens, EntityGroup group) {
        byKey.putIfAbsent(String.join(" ", keyTokens), group);
        firstWords.add(keyTokens.get(0));
        longest = Math.max(longest, keyTokens.size());
    }

    List<Found> find(String text) {
        List<int[]> words = words(text);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = match(text, words, i, found);
            i += Math.max(1, matched);
        }
        return found;
    }

    /**
     * Words as the tagger sees them: a letter or digit, then letters, marks and digits, with inner
     * dots, apostrophes, hyphens and ampersands kept, and one final dot ("U.S."); a lone "&" is a word.
     * A scanner, not a regular expression: Java's regex engine recurses once per repetition of a
     * group, so a megabyte-long "word" overflowed the stack.
     */
    static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (c == '&') {
                words.add(new int[] {i, i + 1});
                i++;
                continue;
            }
            if (!isLetterOrNumber(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            while (i < n) {
                int d = text.codePointAt(i);
                if (isLetterOrNumber(d) || isMark(d)) {
                    i += Character.charCount(d);
                } else if (INNER.indexOf(d) >= 0 && i + 1 < n && isLetterOrNumber(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (i < n && text.charAt(i) == '.') i++;
            words.add(new int[] {start, i});
        }
        return words;
    }

    private static final String INNER = ".'’&-";

    private static boolean isLetterOrNumber(int c) {
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isMark(int c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }

    private int match(String text, List<int[]> words, int i, List<Found> found) {
        String first = Names.key(text.substring(words.get(i)[0], words.get(i)[1]));
        if (!Names.isCapitalized(first) && !first.equals("&") || !firstWords.contains(first)) return 0;
        StringBuilder key = new StringBuilder(first);
        String best = byKey.containsKey(first) ? first : null;
        int bestLength = best != null ? 1 : 0;
        for (int n = 2; n <= longest && i + n - 1 < words.size(); n++) {
            int[] w = words.get(i + n - 1);
            if (!text.substring(words.get(i + n - 2)[1], w[0]).isBlank()) break;
            key.append(' ').append(Names.key(text.substring(w[0], w[1])));
            if (byKey.containsKey(key.toString())) {
                best = key.toString();
                bestLength = n;
            }
        }
        if (best == null) return 0;
        found.add(new Found(words.get(i)[0], words.get(i + bestLength - 1)[1], byKey.get(best)));
        return bestLength;
    }
}
