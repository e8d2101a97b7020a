package dev.precis.nlp;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a text sample is written in: its letters counted by Unicode script, and how many of its
 * other non-space characters there are (digits, punctuation, symbols). A Han character, kana or
 * Hangul syllable counts as {@link #SYLLABLE_WEIGHT} letters, about what it carries against a
 * letter of an alphabet. Letters and marks of no one script (the Japanese length mark, combining
 * accents) count for neither side.
 *
 * @param letters weighted letters per script, marks of a script (Indic vowel signs) included
 * @param symbols non-space characters that are not letters or marks
 */
record ScriptCensus(Map<UnicodeScript, Integer> letters, int symbols) {
    static final int SYLLABLE_WEIGHT = 3;

    static ScriptCensus of(String sample) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        int symbols = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) continue;
            UnicodeScript script = UnicodeScript.of(cp);
            if (!isWordPart(cp)) {
                symbols++;
            } else if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED && script != UnicodeScript.UNKNOWN) {
                letters.merge(script, isSyllabic(script) ? SYLLABLE_WEIGHT : 1, Integer::sum);
            }
        }
        return new ScriptCensus(letters, symbols);
    }

    int total() {
        int sum = 0;
        for (int n : letters.values()) sum += n;
        return sum;
    }

    int count(UnicodeScript... scripts) {
        int sum = 0;
        for (UnicodeScript s : scripts) sum += letters.getOrDefault(s, 0);
        return sum;
    }

    /** The script with the most letters; Han, kana and Hangul count together, as {@code HAN}. */
    UnicodeScript dominant() {
        UnicodeScript best = null;
        int most = 0;
        for (Map.Entry<UnicodeScript, Integer> e : letters.entrySet()) {
            if (isSyllabic(e.getKey())) continue;
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        int cjk = count(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL);
        return cjk > most ? UnicodeScript.HAN : best;
    }

    /**
     * The words of {@code script} in {@code sample}, lower-cased; apostrophes and hyphens split words.
     * Words in capitals (acronyms, code keywords, shouted headlines) are left out: they are not prose.
     */
    static List<String> words(String sample, UnicodeScript script) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        UnicodeScript wordScript = null;
        int capitals = 0;
        for (int i = 0; i <= sample.length(); ) {
            int cp = i < sample.length() ? sample.codePointAt(i) : ' ';
            i += i < sample.length() ? Character.charCount(cp) : 1;
            if (isWordPart(cp) && (word.length() > 0 || Character.isLetter(cp))) {
                if (word.length() == 0) wordScript = UnicodeScript.of(cp);
                if (Character.isUpperCase(cp)) capitals++;
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (word.length() > 0) {
                boolean inCapitals = capitals > 1 && capitals == word.codePointCount(0, word.length());
                if (wordScript == script && !inCapitals) words.add(word.toString());
                word.setLength(0);
                capitals = 0;
            }
        }
        return words;
    }

    private static boolean isWordPart(int cp) {
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSyllabic(UnicodeScript script) {
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.HANGUL;
    }
}
