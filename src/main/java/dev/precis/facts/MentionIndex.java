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
     * Words as the tagger sees them, inner dots, apostrophes, hyphens and ampersands kept: the spans
     * the regex {@code [\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]|[.'’&-](?=[\\p{L}\\p{N}]))*\\.?|&} finds, by a
     * hand-written scan (the regex was the largest cost of counting mentions over a long document).
     */
    static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int n = text.length();
        int p = 0;
        while (p < n) {
            int cp = text.codePointAt(p);
            if (isLetterOrNumber(cp)) {
                int q = p + Character.charCount(cp);
                while (q < n) {
                    int c = text.codePointAt(q);
                    if (isLetterOrNumber(c) || isMark(c)) {
                        q += Character.charCount(c);
                    } else if (".'’&-".indexOf(c) >= 0 && q + 1 < n && isLetterOrNumber(text.codePointAt(q + 1))) {
                        q++;
                    } else {
                        break;
                    }
                }
                if (q < n && text.charAt(q) == '.') q++;
                words.add(new int[] {p, q});
                p = q;
            } else {
                if (cp == '&') words.add(new int[] {p, p + 1});
                p += Character.charCount(cp);
            }
        }
        return words;
    }

    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private int match(String text, List<int[]> words, int i, List<Found> found) {
        // a name starts with a capital (or is "&"); most words do not, and need no key
        int start = words.get(i)[0];
        if (!Character.isUpperCase(text.codePointAt(start)) && text.charAt(start) != '&') return 0;
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
