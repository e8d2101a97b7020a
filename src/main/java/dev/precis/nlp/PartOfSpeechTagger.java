package dev.precis.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Tokenizes with OpenNLP's TokenizerME and tags with its POS model, after repairing two habits of
 * the UD tokenizer model: it splits hyphenated words ("cease-" + "fire") and keeps clitics on
 * their word ("Israel's", "We're"), which the tagger then labels with joined tags ("PROPN+PART").
 * Slow (about 1.4 MB/s warm): callers run it on a bounded part of a document only.
 */
public final class PartOfSpeechTagger {
    private static final String[] CLITICS = {"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"};

    private final Nlp nlp;

    public PartOfSpeechTagger(Nlp nlp) {
        this.nlp = nlp;
    }

    public TaggedSentence tag(String sentence) {
        Span[] raw = nlp.tokenizer().tokenizePos(sentence);
        List<int[]> spans = repair(sentence, raw);
        String[] tokens = new String[spans.size()];
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        for (int i = 0; i < tokens.length; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
            tokens[i] = sentence.substring(starts[i], ends[i]);
        }
        String[] tags = nlp.tagger().tag(tokens);
        return new TaggedSentence(sentence, List.of(tokens), List.of(tags), starts, ends);
    }

    private static List<int[]> repair(String text, Span[] raw) {
        List<int[]> merged = new ArrayList<>(raw.length);
        for (Span span : raw) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean joinsHyphen = last != null && last[1] == span.getStart()
                    && (text.charAt(last[1] - 1) == '-' || text.charAt(span.getStart()) == '-')
                    && last[1] - last[0] > 1 && span.length() > 1
                    && Character.isLetterOrDigit(text.charAt(last[0])) && Character.isLetterOrDigit(text.charAt(span.getEnd() - 1));
            if (joinsHyphen) {
                last[1] = span.getEnd();
            } else {
                merged.add(new int[] {span.getStart(), span.getEnd()});
            }
        }
        List<int[]> out = new ArrayList<>(merged.size() + 4);
        for (int[] span : merged) {
            int cut = cliticStart(text, span);
            if (cut > span[0]) {
                out.add(new int[] {span[0], cut});
                out.add(new int[] {cut, span[1]});
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private static int cliticStart(String text, int[] span) {
        String token = text.substring(span[0], span[1]);
        for (String clitic : CLITICS) {
            if (token.length() > clitic.length() && token.regionMatches(true, token.length() - clitic.length(), clitic, 0, clitic.length())) {
                return span[1] - clitic.length();
            }
        }
        return -1;
    }
}
