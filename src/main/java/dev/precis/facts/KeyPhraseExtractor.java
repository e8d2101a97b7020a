package dev.precis.facts;

import dev.precis.nlp.TaggedSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Key phrases: noun phrases (adjectives then nouns, "international humanitarian law") from the
 * tagged part of the document. A phrase scores one per sentence it is in, one more when the title
 * has it, half a point per extra word and up to half a point for being spread over the text; a
 * longer phrase also counts for its head noun. Nationality adjectives keep their capital, the rest
 * is lowercase; entity names, vague words and phrases overlapping a better one are left out.
 */
final class KeyPhraseExtractor {
    private static final int MAX_WORDS = 4;
    private static final Set<String> VAGUE_ADJECTIVES = Set.of("other", "such", "many", "more", "most", "several", "various", "certain",
            "own", "same", "few", "much", "last", "next", "first", "previous", "former", "further", "whole", "entire", "recent", "current");
    private static final Set<String> VAGUE_NOUNS = Set.of("addition", "course", "way", "part", "time", "thing", "lot", "kind", "sort",
            "fact", "case", "number", "regard", "term", "respect", "example", "order", "mean", "end", "one", "something", "anything",
            "everything", "nothing", "year", "day", "week", "month", "today", "use", "instance", "side", "matter", "point", "reason",
            "type", "bit", "place", "lack", "people", "thank", "per");

    private static final class Candidate {
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        final TreeSet<Integer> sentences = new TreeSet<>();
        int words;
        boolean inTitle;

        double score(int sentenceCount) {
            double spread = sentences.size() < 2 ? 0 : (sentences.last() - sentences.first()) / (double) Math.max(1, sentenceCount - 1);
            return sentences.size() + (inTitle ? 1 : 0) + 0.5 * (words - 1) + 0.5 * spread;
        }

        int uses() {
            return sentences.size() + (inTitle ? 1 : 0);
        }

        int first() {
            return inTitle ? -1 : sentences.isEmpty() ? Integer.MAX_VALUE : sentences.first();
        }

        String spelling() {
            return spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    private final Lexicon lexicon;

    KeyPhraseExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<String> extract(TaggedDocument document, Set<String> entityNames) {
        Map<String, Candidate> candidates = new HashMap<>();
        if (document.title() != null) collect(document.title(), -1, candidates);
        for (int i = 0; i < document.body().size(); i++) collect(document.body().get(i), i, candidates);
        int sentenceCount = document.body().size();
        List<Map.Entry<String, Candidate>> ranked = new ArrayList<>(candidates.entrySet());
        ranked.sort(Comparator.comparingDouble((Map.Entry<String, Candidate> e) -> -e.getValue().score(sentenceCount))
                .thenComparingInt(e -> e.getValue().first())
                .thenComparing(Map.Entry::getKey));
        Map<String, List<Map.Entry<String, Candidate>>> byHead = new HashMap<>();
        for (Map.Entry<String, Candidate> entry : ranked) {
            if (entry.getValue().words > 1) byHead.computeIfAbsent(entry.getKey().substring(entry.getKey().lastIndexOf(' ') + 1), k -> new ArrayList<>()).add(entry);
        }
        List<String> keys = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (Map.Entry<String, Candidate> ranking : ranked) {
            if (phrases.size() == FactLimits.KEY_PHRASES) break;
            Map.Entry<String, Candidate> entry = longerForm(ranking, byHead);
            String spelling = entry.getValue().spelling();
            if (entityNames.contains(spelling.toLowerCase(Locale.ROOT)) || overlaps(entry.getKey(), keys)) continue;
            keys.add(entry.getKey());
            phrases.add(FactText.shorten(spelling));
        }
        return phrases;
    }

    /**
     * A head noun gives way to its most frequent longer phrase when that phrase makes up half its
     * uses or more ("ceasefire talks" rather than "talks"); "reoccupation" stays when its longer
     * forms are rare.
     */
    private static Map.Entry<String, Candidate> longerForm(Map.Entry<String, Candidate> head, Map<String, List<Map.Entry<String, Candidate>>> byHead) {
        if (head.getValue().words > 1) return head;
        Map.Entry<String, Candidate> best = null;
        for (Map.Entry<String, Candidate> longer : byHead.getOrDefault(head.getKey(), List.of())) {
            if (best == null || longer.getValue().uses() > best.getValue().uses()) best = longer;
        }
        return best != null && 2 * best.getValue().uses() >= head.getValue().uses() ? best : head;
    }

    private void collect(TaggedSentence s, int sentence, Map<String, Candidate> candidates) {
        int i = 0;
        while (i < s.size()) {
            int start = i;
            while (i < s.size() && isAdjective(s, i)) i++;
            int nouns = i;
            while (i < s.size() && isNoun(s, i)) i++;
            if (i > nouns) add(s, start, i, sentence, candidates);
            else if (i == start) i++;
        }
    }

    private void add(TaggedSentence s, int from, int to, int sentence, Map<String, Candidate> candidates) {
        while (from < to - 1 && VAGUE_ADJECTIVES.contains(s.token(from).toLowerCase(Locale.ROOT))) from++;
        from = Math.max(from, to - MAX_WORDS);
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) words.add(lexicon.isDemonym(s.token(i)) ? s.token(i) : s.token(i).toLowerCase(Locale.ROOT));
        String head = words.get(words.size() - 1);
        if (VAGUE_NOUNS.contains(singular(head))) return;
        record(words, sentence, candidates);
        if (words.size() > 1) record(List.of(head), sentence, candidates);
    }

    private static void record(List<String> words, int sentence, Map<String, Candidate> candidates) {
        String spelling = String.join(" ", words);
        List<String> keyWords = new ArrayList<>(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        keyWords.set(keyWords.size() - 1, singular(keyWords.get(keyWords.size() - 1)));
        String key = String.join(" ", keyWords);
        Candidate c = candidates.computeIfAbsent(key, k -> new Candidate());
        c.spellings.merge(spelling, 1, Integer::sum);
        c.words = words.size();
        if (sentence < 0) c.inTitle = true;
        else c.sentences.add(sentence);
    }

    /** A crude singular for grouping "statement" with "statements". */
    private static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) return word.substring(0, word.length() - 3) + "y";
        if (word.endsWith("s") && word.length() > 3 && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean overlaps(String key, List<String> chosen) {
        String padded = " " + key + " ";
        return chosen.stream().anyMatch(c -> padded.contains(" " + c + " ") || (" " + c + " ").contains(padded));
    }

    private boolean isAdjective(TaggedSentence s, int i) {
        String token = s.token(i);
        return s.tag(i).equals("ADJ") && isWord(token) && (!Names.isCapitalized(token) || lexicon.isDemonym(token));
    }

    private static boolean isNoun(TaggedSentence s, int i) {
        String token = s.token(i);
        return s.tag(i).equals("NOUN") && isWord(token) && (i == 0 || !Names.isCapitalized(token));
    }

    private static boolean isWord(String token) {
        return token.length() > 1 && token.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')
                && Character.isLetter(token.charAt(0));
    }
}
