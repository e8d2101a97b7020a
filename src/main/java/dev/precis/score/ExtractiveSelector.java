package dev.precis.score;

import dev.precis.engine.SummaryLength;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores sentences with several signals and picks a non-redundant set. Linear in the document's
 * length: every signal compares a sentence with document-level aggregates (term counts, the
 * title, the salient names), never with every other sentence; only the final redundancy check
 * compares the few chosen sentences with each other.
 *
 * <p>score = (position + centrality + title overlap) x length factor x furniture factor,
 * then sentences are taken best first, skipping any too similar to one already taken.
 */
public final class ExtractiveSelector {
    /**
     * The weights of the signals. {@link #DEFAULT} was set on ../shared/eval/dev.jsonl with round
     * values that held on both halves of the set (see the README's method section).
     */
    public record Weights(double position, double positionDecay, double centrality, double title,
            double redundancyLimit, int idealMinWords, int idealMaxWords, double questionFactor, double captionFactor,
            double labelFactor, double quoteFactor) {
        public static final Weights DEFAULT = new Weights(1.0, 4.0, 0.6, 0.4, 0.4, 10, 25, 0.6, 0.7, 0.7, 0.8);
    }

    private final Weights weights;

    public ExtractiveSelector() {
        this(Weights.DEFAULT);
    }

    public ExtractiveSelector(Weights weights) {
        this.weights = weights;
    }

    private static final Pattern LABEL_PREFIX = Pattern.compile("^\\p{Lu}[\\p{L}'’ -]{1,24}:\\s");
    private static final Pattern OPENS_WITH_QUOTE = Pattern.compile("^[\"“‘']");

    /** Indices (into {@code sentences}) of the chosen sentences, in document order. */
    public List<Integer> select(List<SentenceUnit> sentences, String title, SummaryLength length) {
        TermIndex index = new TermIndex();
        int n = sentences.size();
        int[][] terms = new int[n][];
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            terms[i] = index.terms(sentences.get(i).text(), sentences.get(i).candidate());
            if (sentences.get(i).candidate()) candidates++;
        }
        if (candidates == 0) {
            // nothing but headings and list items: let them speak
            sentences = sentences.stream().map(s -> new SentenceUnit(s.text(), s.paragraph(), true)).toList();
            for (int i = 0; i < n; i++) index.terms(sentences.get(i).text(), true);
            candidates = n;
        }
        double[] documentVector = documentVector(index, terms, sentences);
        int[] titleTerms = title == null ? new int[0] : index.distinct(index.terms(title, false));
        double documentNorm = norm(documentVector);

        double[] score = new double[n];
        int rank = 0;
        for (int i = 0; i < n; i++) {
            SentenceUnit s = sentences.get(i);
            if (!s.candidate()) {
                score[i] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double position = Math.exp(-rank++ / weights.positionDecay());
            double centrality = cosineWithoutSelf(terms[i], documentVector, documentNorm, index);
            double titleOverlap = overlap(terms[i], titleTerms);
            double base = weights.position() * position + weights.centrality() * centrality + weights.title() * titleOverlap;
            score[i] = base * lengthFactor(wordCount(s.text())) * furnitureFactor(s.text());
        }
        int wanted = targetCount(length, candidates);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));

        List<Integer> chosen = new ArrayList<>();
        int words = 0;
        int wordBudget = length instanceof SummaryLength.Words w ? w.words() : Integer.MAX_VALUE;
        for (int i : order) {
            if (chosen.size() >= wanted || score[i] == Double.NEGATIVE_INFINITY) break;
            if (isRedundant(terms[i], chosen, terms)) continue;
            int w = wordCount(sentences.get(i).text());
            if (!chosen.isEmpty() && words + w > wordBudget) continue;
            chosen.add(i);
            words += w;
        }
        chosen.sort(null);
        return chosen;
    }

    private static int targetCount(SummaryLength length, int candidates) {
        int count;
        if (length instanceof SummaryLength.Sentences s) count = s.count();
        else if (length instanceof SummaryLength.Ratio r) count = (int) Math.ceil(r.ratio() * candidates);
        else count = candidates; // Words: the word budget stops the selection
        return Math.max(1, Math.min(count, candidates));
    }

    /** How often each content term occurs in the candidate sentences. */
    private static double[] documentVector(TermIndex index, int[][] terms, List<SentenceUnit> sentences) {
        double[] v = new double[index.size()];
        for (int i = 0; i < terms.length; i++) {
            if (!sentences.get(i).candidate()) continue;
            for (int t : terms[i]) v[t]++;
        }
        return v;
    }

    /**
     * Cosine between the sentence's term counts and the rest of the document's (the document minus
     * the sentence itself, so a long sentence does not score by resembling itself). Terms found in a
     * single sentence carry nothing about the document's topic and are ignored.
     */
    private static double cosineWithoutSelf(int[] sentence, double[] document, double documentNorm, TermIndex index) {
        if (sentence.length == 0) return 0;
        Map<Integer, Integer> own = counts(sentence);
        double dot = 0;
        double sentenceNorm = 0;
        for (Map.Entry<Integer, Integer> e : own.entrySet()) {
            double rest = document[e.getKey()] - e.getValue();
            if (index.sentenceFrequency(e.getKey()) < 2) continue;
            dot += e.getValue() * rest;
            sentenceNorm += (double) e.getValue() * e.getValue();
        }
        if (dot == 0 || sentenceNorm == 0 || documentNorm == 0) return 0;
        return dot / (Math.sqrt(sentenceNorm) * documentNorm);
    }

    private static double norm(double[] vector) {
        double sum = 0;
        for (double x : vector) sum += x * x;
        return Math.sqrt(sum);
    }

    private static double overlap(int[] sentence, int[] title) {
        if (title.length == 0) return 0;
        int hits = 0;
        for (int t : title) {
            for (int s : sentence) {
                if (s == t) {
                    hits++;
                    break;
                }
            }
        }
        return (double) hits / title.length;
    }

    /** Full credit between the ideal minimum and maximum number of words, less outside. */
    double lengthFactor(int words) {
        if (words < weights.idealMinWords()) return Math.max(0.2, (double) words / weights.idealMinWords());
        if (words > weights.idealMaxWords()) return Math.max(0.4, (double) weights.idealMaxWords() / words);
        return 1.0;
    }

    /** Questions, captions ("pictured"), label-prefixed captions and bare quotations rarely summarize an article. */
    double furnitureFactor(String sentence) {
        double f = 1.0;
        if (endsAsQuestion(sentence)) f *= weights.questionFactor();
        if (hasCaptionCue(sentence)) f *= weights.captionFactor();
        // both patterns start with ^: lookingAt tries the start only, where find would try every position
        if (LABEL_PREFIX.matcher(sentence).lookingAt()) f *= weights.labelFactor();
        if (OPENS_WITH_QUOTE.matcher(sentence).lookingAt()) f *= weights.quoteFactor();
        return f;
    }

    /**
     * Whether the sentence ends in a question mark, maybe followed by a closing quote: what the regex
     * {@code \\?["'”’]?$} finds, looking at the end only (the regex tried every position: 5% of a
     * long document). Like its {@code $}, a final line terminator is allowed after it.
     */
    static boolean endsAsQuestion(String sentence) {
        int end = sentence.length();
        if (sentence.endsWith("\r\n")) end -= 2;
        else if (end > 0 && isLineTerminator(sentence.charAt(end - 1))) end--;
        if (end > 0 && "\"'”’".indexOf(sentence.charAt(end - 1)) >= 0) end--;
        return end > 0 && sentence.charAt(end - 1) == '?';
    }

    /** The line terminators of java.util.regex without UNIX_LINES. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static final String[] CAPTION_CUES = {"pictured", "picture above", "photo above", "scroll down", "click here", "file photo",
        "centre", "center"};

    /**
     * Whether a caption cue occurs as a whole word, ASCII case-insensitively: what the regex
     * {@code (?i)\\b(?:pictured|...|center)\\b} finds, with indexOf (the regex cost 8% of a long document).
     */
    static boolean hasCaptionCue(String sentence) {
        char[] lower = sentence.toCharArray();
        for (int i = 0; i < lower.length; i++) {
            if (lower[i] >= 'A' && lower[i] <= 'Z') lower[i] += 'a' - 'A';
        }
        String text = new String(lower);
        for (String cue : CAPTION_CUES) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                int end = at + cue.length();
                if ((at == 0 || !isWordChar(text.charAt(at - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) return true;
            }
        }
        return false;
    }

    /** What java.util.regex's \\b counts as a word character (a combining mark joins the word it follows). */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private boolean isRedundant(int[] candidate, List<Integer> chosen, int[][] terms) {
        for (int j : chosen) {
            if (cosine(candidate, terms[j]) > weights.redundancyLimit()) return true;
        }
        return false;
    }

    static double cosine(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return 0;
        Map<Integer, Integer> ca = counts(a);
        Map<Integer, Integer> cb = counts(b);
        double dot = 0;
        for (Map.Entry<Integer, Integer> e : ca.entrySet()) dot += e.getValue() * cb.getOrDefault(e.getKey(), 0);
        return dot / (norm(ca) * norm(cb));
    }

    private static Map<Integer, Integer> counts(int[] terms) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int t : terms) m.merge(t, 1, Integer::sum);
        return m;
    }

    private static double norm(Map<Integer, Integer> counts) {
        double s = 0;
        for (int c : counts.values()) s += (double) c * c;
        return Math.sqrt(s);
    }

    static int wordCount(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) words++;
            in = !space;
        }
        return words;
    }
}
