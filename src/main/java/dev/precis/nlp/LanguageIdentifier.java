package dev.precis.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells English from other languages. Most uploads are English, so a cheap test runs first: in
 * English prose about a third of the words are a handful of function words. Only text that fails
 * it pays for OpenNLP's language detector, whose 10 MB model is loaded on first use (about half a
 * second) instead of at every cold start.
 */
public final class LanguageIdentifier {
    private static final int SAMPLE_CHARS = 5000;
    private static final double ENGLISH_FUNCTION_WORD_SHARE = 0.15;
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "be", "by",
            "he", "she", "at", "this", "are", "have", "has", "had", "from", "his", "her", "they", "not", "but", "an",
            "were", "which", "will", "their", "said", "been", "would", "who", "we", "you", "i");
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    /** ISO 639-1 code where one exists ("en", "de"), else the detector's ISO 639-3 code; "und" when unknown. */
    public record Guess(String code, boolean english) {}

    public Guess identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (functionWordShare(sample) >= ENGLISH_FUNCTION_WORD_SHARE) return new Guess("en", true);
        Language best = Detector.predict(sample);
        if (best == null || best.getConfidence() <= 0) return new Guess("und", false);
        String code = ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
        return new Guess(code, code.equals("en"));
    }

    static double functionWordShare(String text) {
        int words = 0;
        int function = 0;
        StringBuilder w = new StringBuilder();
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                words++;
                if (FUNCTION_WORDS.contains(w.toString())) function++;
                w.setLength(0);
            }
        }
        return words == 0 ? 0 : (double) function / words;
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> m = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                m.put(new Locale(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException ignored) {
                // a language without a three-letter code keeps the detector's code
            }
        }
        m.put("cmn", "zh"); // the detector names Mandarin by its individual-language code
        return m;
    }

    /** Holder idiom: the model loads on first use, once, thread-safely. */
    private static final class Detector {
        private static final LanguageDetectorME INSTANCE =
                new LanguageDetectorME(ModelLoader.load(ModelLoader.LANGUAGE, LanguageDetectorModel::new));

        /** LanguageDetectorME documents no thread safety; detection is rare, so one caller at a time. */
        static synchronized Language predict(String text) {
            return INSTANCE.predictLanguage(text);
        }
    }
}
