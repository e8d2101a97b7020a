package dev.precis.eval;

import dev.precis.nlp.PorterStemmer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {

    private static final List<String> REFERENCE =
            List.of("The cat sat on the mat.", "It was a sunny day in Paris.");

    @Test
    void emptyCandidateScoresZero() {
        assertEquals(new RougeScores(0, 0, 0, 0), Rouge.score(REFERENCE, List.of()));
        assertEquals(new RougeScores(0, 0, 0, 0), Rouge.score(REFERENCE, List.of("", "...")));
    }

    @Test
    void emptyReferenceScoresZero() {
        assertEquals(new RougeScores(0, 0, 0, 0), Rouge.score(List.of(), REFERENCE));
    }

    @Test
    void identicalTextsScoreOne() {
        assertEquals(new RougeScores(1, 1, 1, 1), Rouge.score(REFERENCE, REFERENCE));
    }

    @Test
    void stemmingAndPunctuationDoNotMatter() {
        assertEquals(new RougeScores(1, 1, 1, 1),
                Rouge.score(List.of("Runners were running!"), List.of("runner, WERE run")));
    }

    @Test
    void lsumUnionsLcsAcrossCandidateSentencesButRougeLDoesNot() {
        RougeScores s = Rouge.score(List.of("a b c d e", "f g h"), List.of("f g h a", "b c d e"));
        assertEquals(1.0, s.rouge1());
        assertEquals(0.625, s.rougeL());
        assertEquals(1.0, s.rougeLsum());
    }

    @Test
    void sentencesWithNewlinesAreSplitAsRougeScoreWouldSplitThem() {
        assertEquals(Rouge.score(List.of("a b", "c d"), List.of("c d a b")),
                Rouge.score(List.of("a b\nc d"), List.of("c d a b")));
    }

    @Test
    void repeatedTokensAreClipped() {
        RougeScores s = Rouge.score(List.of("the the the cat"), List.of("the cat"));
        // ROUGE-1: overlap 2, P = 2/2, R = 2/4
        assertEquals(2 * 1.0 * 0.5 / 1.5, s.rouge1(), 1e-15);
    }

    /**
     * rouge-score builds NLTK's {@code PorterStemmer()}, whose default mode stems "used" to "use";
     * the published algorithm gives "us", and the two words would not match.
     */
    @Test
    void stemsWithNltksDefaultModeAsRougeScoreDoes() {
        assertEquals(1.0, Rouge.score(List.of("It was used."), List.of("It was use.")).rouge1());
        RougeTokenizer original = new RougeTokenizer(new PorterStemmer(PorterStemmer.Mode.ORIGINAL_ALGORITHM));
        assertEquals(2 / 3.0, Rouge.score(List.of("It was used."), List.of("It was use."), original).rouge1(), 1e-15);
    }
}
