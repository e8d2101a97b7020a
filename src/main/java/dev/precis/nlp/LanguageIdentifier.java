package dev.precis.nlp;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Names the language of a text, without a model: the Unicode script first (Greek, Hebrew, Thai,
 * Georgian, Armenian and most Indic scripts have one main language; Han, kana and Hangul tell
 * Chinese, Japanese and Korean apart), then, where a script is shared (Latin, Cyrillic, Arabic,
 * Devanagari), the languages' most frequent function words, the letters their spelling uses and
 * letter groups typical of their words, from {@code language-profiles.txt}. Most uploads are
 * English, so a cheap test answers them first: in English prose far more than one word in seven is
 * a function word that no other listed language has.
 *
 * <p>Only the first {@value #SAMPLE_CHARS} characters are read. The answer is "und" when the
 * evidence is too weak: fewer than {@value #MIN_LETTERS} letters, more digits and symbols than
 * letters, no script with most of the letters, Latin-script text whose best language scores low
 * or shares the best score with another, or a tie in another shared script that leaves out its
 * main language. Thread-safe.
 */
public final class LanguageIdentifier {
    static final int SAMPLE_CHARS = 5000;
    static final int MIN_LETTERS = 10;
    private static final double ENGLISH_FUNCTION_WORD_SHARE = 0.15;
    /** The English shortcut needs at least two English function words. */
    private static final int MIN_FUNCTION_WORDS = 2;
    /** Latin-script text: a function word scores 1, a telling letter or letter group at most 0.5 each. */
    private static final double MIN_SCORE = 1.5;
    private static final double MIN_SCORE_PER_WORD = 0.1;
    /** Japanese is written with kana between the Han characters; Chinese has (almost) none. */
    private static final double MIN_KANA_SHARE = 0.05;
    private static final Guess UNDETERMINED = new Guess("und", false);

    /** Scripts written (almost) only in one language. */
    private static final Map<UnicodeScript, String> ONE_LANGUAGE = Map.ofEntries(
            Map.entry(UnicodeScript.GREEK, "el"), Map.entry(UnicodeScript.HEBREW, "he"),
            Map.entry(UnicodeScript.THAI, "th"), Map.entry(UnicodeScript.LAO, "lo"),
            Map.entry(UnicodeScript.KHMER, "km"), Map.entry(UnicodeScript.MYANMAR, "my"),
            Map.entry(UnicodeScript.GEORGIAN, "ka"), Map.entry(UnicodeScript.ARMENIAN, "hy"),
            Map.entry(UnicodeScript.BENGALI, "bn"), Map.entry(UnicodeScript.GURMUKHI, "pa"),
            Map.entry(UnicodeScript.GUJARATI, "gu"), Map.entry(UnicodeScript.ORIYA, "or"),
            Map.entry(UnicodeScript.TAMIL, "ta"), Map.entry(UnicodeScript.TELUGU, "te"),
            Map.entry(UnicodeScript.KANNADA, "kn"), Map.entry(UnicodeScript.MALAYALAM, "ml"),
            Map.entry(UnicodeScript.SINHALA, "si"), Map.entry(UnicodeScript.TIBETAN, "bo"),
            Map.entry(UnicodeScript.ETHIOPIC, "am"));
    /** Shared scripts whose main language is the answer when nothing tells the others apart. */
    private static final Map<UnicodeScript, String> MAIN_LANGUAGE = Map.of(
            UnicodeScript.CYRILLIC, "ru", UnicodeScript.ARABIC, "ar", UnicodeScript.DEVANAGARI, "hi");

    private static final LanguageProfiles PROFILES = LanguageProfiles.load();
    private static final Set<String> ENGLISH_ONLY = PROFILES.wordsOnlyIn("en", UnicodeScript.LATIN);

    /** An ISO 639-1 code ("en", "de"), or "und" when undetermined; {@code english} when it is "en". */
    public record Guess(String code, boolean english) {}

    public Guess identify(String text) {
        Objects.requireNonNull(text, "text");
        String sample = sample(text);
        ScriptCensus census = ScriptCensus.of(sample);
        int letters = census.total();
        if (letters < MIN_LETTERS || letters < census.symbols()) return UNDETERMINED;
        UnicodeScript script = census.dominant();
        int scriptLetters = script == UnicodeScript.HAN
                ? census.count(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL)
                : census.count(script);
        if (2 * scriptLetters <= letters || scriptLetters < MIN_LETTERS) return UNDETERMINED;
        if (script == UnicodeScript.HAN) return guess(chineseJapaneseOrKorean(census));
        if (ONE_LANGUAGE.containsKey(script)) return guess(ONE_LANGUAGE.get(script));
        List<String> words = ScriptCensus.words(sample, script);
        if (script == UnicodeScript.LATIN) return guess(latin(words));
        if (MAIN_LANGUAGE.containsKey(script)) return guess(shared(script, words));
        return UNDETERMINED;
    }

    /** The head of {@code text}, not cut inside a surrogate pair, in composed form (NFC). */
    static String sample(String text) {
        int end = Math.min(text.length(), SAMPLE_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) end--;
        return Normalizer.normalize(text.substring(0, end), Normalizer.Form.NFC);
    }

    private static String chineseJapaneseOrKorean(ScriptCensus census) {
        int hangul = census.count(UnicodeScript.HANGUL);
        int kana = census.count(UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA);
        int all = hangul + kana + census.count(UnicodeScript.HAN);
        if (2 * hangul >= all) return "ko";
        return kana >= MIN_KANA_SHARE * all ? "ja" : "zh";
    }

    private static String latin(List<String> words) {
        int english = 0;
        for (String w : words) if (ENGLISH_ONLY.contains(w)) english++;
        if (english >= MIN_FUNCTION_WORDS && english >= ENGLISH_FUNCTION_WORD_SHARE * words.size()) return "en";
        LanguageProfiles.Scores scores = PROFILES.score(UnicodeScript.LATIN, words);
        int best = scores.best();
        double top = scores.scores()[best];
        if (top < MIN_SCORE || top < MIN_SCORE_PER_WORD * words.size() || scores.tied()) return null;
        return scores.profiles().get(best).code();
    }

    /** Cyrillic, Arabic or Devanagari: the main language unless another scores higher; a tie without it is undetermined. */
    private static String shared(UnicodeScript script, List<String> words) {
        String main = MAIN_LANGUAGE.get(script);
        LanguageProfiles.Scores scores = PROFILES.score(script, words);
        int best = scores.best();
        double top = scores.scores()[best];
        if (top == 0 || scores.score(main) == top) return main;
        return scores.tied() ? null : scores.profiles().get(best).code();
    }

    private static Guess guess(String code) {
        return code == null ? UNDETERMINED : new Guess(code, code.equals("en"));
    }
}
