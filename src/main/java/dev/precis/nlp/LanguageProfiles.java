package dev.precis.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The languages that share a script, told apart by their most frequent function words, the letters
 * their spelling uses and letter groups typical of their words. Read once from {@code language-profiles.txt} beside this class;
 * immutable and thread-safe.
 */
final class LanguageProfiles {
    static final String RESOURCE = "language-profiles.txt";
    /** What one word whose letters only some of the candidates spell with is worth, split among them. */
    private static final double LETTER_WEIGHT = 0.5;
    /** What one word with a typical letter group of some of the candidates is worth, split among them. */
    private static final double SPELLING_WEIGHT = 0.5;

    /**
     * @param alphabet the letters the language spells with, a-z included for Latin; null where letters
     *     do not tell this script's languages apart
     */
    record Profile(String code, UnicodeScript script, Set<Integer> alphabet, List<Spelling> spellings, Set<String> words) {
        boolean spells(String word) {
            return alphabet != null && word.codePoints().allMatch(c -> !Character.isLetter(c) || alphabet.contains(c));
        }

        boolean hasTypicalSpelling(String word) {
            for (Spelling s : spellings) if (s.in(word)) return true;
            return false;
        }
    }

    /** A letter group, anywhere in a word or only at its start or end ("^gj", "ung$"). */
    record Spelling(String letters, boolean start, boolean end) {
        static Spelling parse(String pattern) {
            boolean start = pattern.startsWith("^");
            boolean end = pattern.endsWith("$");
            return new Spelling(pattern.substring(start ? 1 : 0, pattern.length() - (end ? 1 : 0)), start, end);
        }

        boolean in(String word) {
            if (start) return end ? word.equals(letters) : word.startsWith(letters);
            return end ? word.endsWith(letters) : word.contains(letters);
        }
    }

    /** Per-language scores of one text, in the order of {@code profiles}. */
    record Scores(List<Profile> profiles, double[] scores) {
        /** Sums of the same shares added in another order may differ in the last bits. */
        private static final double SAME = 1e-9;

        int best() {
            int best = 0;
            for (int i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
            return best;
        }

        /** True when another language scores as high as the best. */
        boolean tied() {
            int best = best();
            for (int i = 0; i < scores.length; i++) if (i != best && scores[i] >= scores[best] - SAME) return true;
            return false;
        }

        double score(String code) {
            for (int i = 0; i < scores.length; i++) if (profiles.get(i).code().equals(code)) return scores[i];
            return 0;
        }
    }

    private final Map<UnicodeScript, List<Profile>> byScript;

    private LanguageProfiles(Map<UnicodeScript, List<Profile>> byScript) {
        this.byScript = byScript;
    }

    static LanguageProfiles load() {
        InputStream raw = LanguageProfiles.class.getResourceAsStream(RESOURCE);
        if (raw == null) throw new IllegalStateException("language profiles " + RESOURCE + " are not on the classpath");
        Map<UnicodeScript, List<Profile>> byScript = new EnumMap<>(UnicodeScript.class);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                Profile p = parse(Normalizer.normalize(line, Normalizer.Form.NFC), n);
                byScript.computeIfAbsent(p.script(), s -> new ArrayList<>()).add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language profiles " + RESOURCE, e);
        }
        byScript.replaceAll((script, list) -> List.copyOf(list));
        return new LanguageProfiles(byScript);
    }

    private static Profile parse(String line, int n) {
        String[] f = line.split(" \\| ", -1);
        if (f.length != 5) {
            throw new IllegalStateException(RESOURCE + ":" + n + ": expected 'code | script | letters | spellings | words'");
        }
        UnicodeScript script = UnicodeScript.forName(f[1].strip());
        Set<Integer> alphabet = null;
        if (!f[2].strip().equals("*")) {
            alphabet = new HashSet<>();
            if (script == UnicodeScript.LATIN) for (int c = 'a'; c <= 'z'; c++) alphabet.add(c);
            if (!f[2].strip().equals("-")) f[2].strip().codePoints().forEach(alphabet::add);
        }
        List<Spelling> spellings = new ArrayList<>();
        if (!f[3].strip().equals("-")) for (String s : f[3].strip().split(" +")) spellings.add(Spelling.parse(s));
        return new Profile(f[0].strip(), script, alphabet == null ? null : Set.copyOf(alphabet), List.copyOf(spellings),
                Set.copyOf(Arrays.asList(f[4].strip().split(" +"))));
    }

    List<Profile> of(UnicodeScript script) {
        return byScript.getOrDefault(script, List.of());
    }

    /** The words of {@code code}'s list that no other language of its script has. */
    Set<String> wordsOnlyIn(String code, UnicodeScript script) {
        Set<String> only = new HashSet<>();
        for (Profile p : of(script)) if (p.code().equals(code)) only.addAll(p.words());
        for (Profile p : of(script)) if (!p.code().equals(code)) only.removeAll(p.words());
        return Set.copyOf(only);
    }

    /**
     * Scores every language of {@code script} on {@code words}: one point for each word in its list;
     * {@link #LETTER_WEIGHT}, shared among them, to the languages that can spell a word whose letters
     * not all of them use (an "ő" only Hungarian, an "ñ" Spanish, Basque and Tagalog); and
     * {@link #SPELLING_WEIGHT}, shared likewise, to the languages a word has a typical letter group of.
     */
    Scores score(UnicodeScript script, List<String> words) {
        List<Profile> profiles = of(script);
        int n = profiles.size();
        double[] scores = new double[n];
        boolean[] spells = new boolean[n];
        boolean[] typical = new boolean[n];
        int withAlphabet = 0;
        for (Profile p : profiles) if (p.alphabet() != null) withAlphabet++;
        for (String word : words) {
            int spelling = 0;
            int typicalOf = 0;
            for (int i = 0; i < n; i++) {
                Profile p = profiles.get(i);
                if (p.words().contains(word)) scores[i]++;
                spells[i] = p.spells(word);
                if (spells[i]) spelling++;
                typical[i] = p.hasTypicalSpelling(word);
                if (typical[i]) typicalOf++;
            }
            for (int i = 0; i < n; i++) {
                if (spells[i] && spelling < withAlphabet) scores[i] += LETTER_WEIGHT / spelling;
                if (typical[i]) scores[i] += SPELLING_WEIGHT / typicalOf;
            }
        }
        return new Scores(profiles, scores);
    }
}
