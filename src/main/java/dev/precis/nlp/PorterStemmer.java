package dev.precis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Porter (1980) suffix-stripping stemmer, behaving like NLTK's {@code PorterStemmer}.
 *
 * <p>NLTK has two modes that matter here. {@link Mode#ORIGINAL_ALGORITHM} is the published
 * algorithm. {@link Mode#NLTK_EXTENSIONS} is NLTK's default and the one Google's
 * {@code rouge-score} gets from {@code PorterStemmer()}: it adds a few irregular forms, leaves
 * words of one or two letters alone, treats a two-letter vowel-consonant stem as *o
 * (so "used" becomes "use", not "us"), turns y into i only after a consonant (so "monday" stays),
 * and adds the ied, alli, bli, fulli and logi rules.
 *
 * <p>Instances hold no mutable state and are safe to share between threads.
 */
public final class PorterStemmer {

    /** Which of NLTK's variants to follow. */
    public enum Mode { ORIGINAL_ALGORITHM, NLTK_EXTENSIONS }

    /** NLTK_EXTENSIONS only: words returned as a fixed stem without running the steps. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("sky", "sky"), Map.entry("skies", "sky"),
            Map.entry("dying", "die"), Map.entry("lying", "lie"), Map.entry("tying", "tie"),
            Map.entry("news", "news"),
            Map.entry("inning", "inning"), Map.entry("innings", "inning"),
            Map.entry("outing", "outing"), Map.entry("outings", "outing"),
            Map.entry("canning", "canning"), Map.entry("cannings", "canning"),
            Map.entry("howe", "howe"),
            Map.entry("proceed", "proceed"), Map.entry("exceed", "exceed"),
            Map.entry("succeed", "succeed"));

    /**
     * One "(condition) SUFFIX -> REPLACEMENT" line of the algorithm; the condition sees the word
     * with the suffix removed.
     */
    private record Rule(String suffix, String replacement, Predicate<String> condition) {}

    private final Mode mode;
    private final List<Rule> step2Rules;
    private final List<Rule> step3Rules;
    private final List<Rule> step4Rules;

    /** The stemmer {@code rouge-score} uses: NLTK's default mode, {@link Mode#NLTK_EXTENSIONS}. */
    public PorterStemmer() {
        this(Mode.NLTK_EXTENSIONS);
    }

    public PorterStemmer(Mode mode) {
        this.mode = mode;
        this.step2Rules = step2Rules(mode);
        this.step3Rules = step3Rules();
        this.step4Rules = step4Rules();
    }

    public Mode mode() {
        return mode;
    }

    /** The stem of {@code word}, lowercased first. */
    public String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (extended()) {
            String irregular = IRREGULAR.get(w);
            if (irregular != null) {
                return irregular;
            }
            if (w.length() <= 2) {
                return w;
            }
        }
        w = step1a(w);
        w = step1b(w);
        w = step1c(w);
        w = applyFirstMatching(w, step2Rules);
        w = applyFirstMatching(w, step3Rules);
        w = applyFirstMatching(w, step4Rules);
        w = step5a(w);
        return step5b(w);
    }

    private boolean extended() {
        return mode == Mode.NLTK_EXTENSIONS;
    }

    // ---- steps -------------------------------------------------------------------------------

    /** Plurals: SSES -> SS, IES -> I, SS -> SS, S -> (nothing). */
    private String step1a(String w) {
        if (extended() && w.length() == 4 && w.endsWith("ies")) {
            return w.substring(0, 1) + "ie"; // "ties" -> "tie", not "ti"
        }
        if (w.endsWith("sses") || w.endsWith("ies")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ss")) {
            return w;
        }
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** Past tense and gerund: (m>0) EED -> EE, (*v*) ED -> , (*v*) ING -> , then tidy the stem. */
    private String step1b(String w) {
        if (extended() && w.endsWith("ied")) {
            return w.length() == 4 ? w.substring(0, 1) + "ie" : w.substring(0, w.length() - 2);
        }
        if (w.endsWith("eed")) {
            String stem = dropSuffix(w, 3);
            return measure(stem) > 0 ? stem + "ee" : w;
        }
        String stem;
        if (w.endsWith("ed")) {
            stem = dropSuffix(w, 2);
        } else if (w.endsWith("ing")) {
            stem = dropSuffix(w, 3);
        } else {
            return w;
        }
        if (!containsVowel(stem)) {
            return w;
        }
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
            return stem + "e";
        }
        if (endsWithDoubleConsonant(stem)) {
            char last = stem.charAt(stem.length() - 1);
            return last == 'l' || last == 's' || last == 'z' ? stem : dropSuffix(stem, 1);
        }
        return measure(stem) == 1 && endsCvc(stem) ? stem + "e" : stem;
    }

    /** Y -> I when the stem has a vowel (original) or ends in a consonant (NLTK). */
    private String step1c(String w) {
        if (!w.endsWith("y")) {
            return w;
        }
        String stem = dropSuffix(w, 1);
        boolean replace = extended()
                ? stem.length() > 1 && isConsonant(stem, stem.length() - 1)
                : containsVowel(stem);
        return replace ? stem + "i" : w;
    }

    /** Drop a final E: (m>1) E -> , (m=1 and not *o) E -> . */
    private String step5a(String w) {
        if (!w.endsWith("e")) {
            return w;
        }
        String stem = dropSuffix(w, 1);
        int m = measure(stem);
        return m > 1 || (m == 1 && !endsCvc(stem)) ? stem : w;
    }

    /** (m>1 and *d and *L) -> single letter. */
    private String step5b(String w) {
        return w.endsWith("ll") && measure(dropSuffix(w, 1)) > 1 ? dropSuffix(w, 1) : w;
    }

    // ---- rule tables -------------------------------------------------------------------------

    private List<Rule> step2Rules(Mode mode) {
        Predicate<String> m0 = stem -> measure(stem) > 0;
        List<Rule> rules = new ArrayList<>();
        if (mode == Mode.NLTK_EXTENSIONS) {
            // ALLI -> AL is tried first, and its result goes through step 2 again
            rules.add(new Rule("alli", null, m0));
        }
        rules.addAll(List.of(
                new Rule("ational", "ate", m0),
                new Rule("tional", "tion", m0),
                new Rule("enci", "ence", m0),
                new Rule("anci", "ance", m0),
                new Rule("izer", "ize", m0),
                mode == Mode.NLTK_EXTENSIONS ? new Rule("bli", "ble", m0) : new Rule("abli", "able", m0),
                new Rule("alli", "al", m0),
                new Rule("entli", "ent", m0),
                new Rule("eli", "e", m0),
                new Rule("ousli", "ous", m0),
                new Rule("ization", "ize", m0),
                new Rule("ation", "ate", m0),
                new Rule("ator", "ate", m0),
                new Rule("alism", "al", m0),
                new Rule("iveness", "ive", m0),
                new Rule("fulness", "ful", m0),
                new Rule("ousness", "ous", m0),
                new Rule("aliti", "al", m0),
                new Rule("iviti", "ive", m0),
                new Rule("biliti", "ble", m0)));
        if (mode == Mode.NLTK_EXTENSIONS) {
            rules.add(new Rule("fulli", "ful", m0));
            // the measure includes the l, so short stems such as "geo-" still lose the i
            rules.add(new Rule("logi", "log", stem -> measure(stem + "l") > 0));
        }
        return List.copyOf(rules);
    }

    private List<Rule> step3Rules() {
        Predicate<String> m0 = stem -> measure(stem) > 0;
        return List.of(
                new Rule("icate", "ic", m0),
                new Rule("ative", "", m0),
                new Rule("alize", "al", m0),
                new Rule("iciti", "ic", m0),
                new Rule("ical", "ic", m0),
                new Rule("ful", "", m0),
                new Rule("ness", "", m0));
    }

    private List<Rule> step4Rules() {
        Predicate<String> m1 = stem -> measure(stem) > 1;
        Predicate<String> sOrT = stem -> !stem.isEmpty()
                && (stem.charAt(stem.length() - 1) == 's' || stem.charAt(stem.length() - 1) == 't');
        return List.of(
                new Rule("al", "", m1), new Rule("ance", "", m1), new Rule("ence", "", m1),
                new Rule("er", "", m1), new Rule("ic", "", m1), new Rule("able", "", m1),
                new Rule("ible", "", m1), new Rule("ant", "", m1), new Rule("ement", "", m1),
                new Rule("ment", "", m1), new Rule("ent", "", m1), new Rule("ion", "", m1.and(sOrT)),
                new Rule("ou", "", m1), new Rule("ism", "", m1), new Rule("ate", "", m1),
                new Rule("iti", "", m1), new Rule("ous", "", m1), new Rule("ive", "", m1),
                new Rule("ize", "", m1));
    }

    /**
     * The first rule whose suffix the word ends with decides, as in the paper (rules are listed
     * so that a longer suffix comes before any shorter one it ends with): the suffix is replaced
     * if the condition holds, otherwise the word is left as it is. A null replacement marks
     * NLTK's ALLI rule, whose result is run through step 2 again.
     */
    private String applyFirstMatching(String w, List<Rule> rules) {
        for (Rule rule : rules) {
            if (!w.endsWith(rule.suffix())) {
                continue;
            }
            String stem = dropSuffix(w, rule.suffix().length());
            if (rule.replacement() == null) {
                if (rule.condition().test(stem)) {
                    return applyFirstMatching(stem + "al", rules);
                }
                continue;
            }
            return rule.condition().test(stem) ? stem + rule.replacement() : w;
        }
        return w;
    }

    // ---- the measure and its friends ---------------------------------------------------------

    private static String dropSuffix(String w, int length) {
        return w.substring(0, w.length() - length);
    }

    /** A consonant is a letter other than a, e, i, o, u, and other than y after a consonant. */
    private static boolean isConsonant(String w, int i) {
        switch (w.charAt(i)) {
            case 'a', 'e', 'i', 'o', 'u':
                return false;
            case 'y':
                return i == 0 || !isConsonant(w, i - 1);
            default:
                return true;
        }
    }

    /** m in [C](VC)^m[V]: how many vowel-consonant boundaries the word has. */
    private static int measure(String w) {
        int m = 0;
        boolean previousConsonant = true;
        for (int i = 0; i < w.length(); i++) {
            boolean consonant = isConsonant(w, i);
            if (consonant && !previousConsonant) {
                m++;
            }
            previousConsonant = consonant;
        }
        return m;
    }

    /** *v*: the stem contains a vowel. */
    private static boolean containsVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isConsonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    /** *d: the stem ends with a double consonant. */
    private static boolean endsWithDoubleConsonant(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && isConsonant(w, n - 1);
    }

    /**
     * *o: the stem ends consonant-vowel-consonant, the last not w, x or y. NLTK's extension also
     * accepts a two-letter stem that is vowel-consonant.
     */
    private boolean endsCvc(String w) {
        int n = w.length();
        if (n >= 3) {
            char last = w.charAt(n - 1);
            return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1)
                    && last != 'w' && last != 'x' && last != 'y';
        }
        return extended() && n == 2 && !isConsonant(w, 0) && isConsonant(w, 1);
    }
}
