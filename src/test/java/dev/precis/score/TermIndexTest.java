package dev.precis.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TermIndexTest {
    @Test
    void wordsBecomeStemIdsInFirstSeenOrderWithoutStopWordsOrSingleLetters() {
        TermIndex index = new TermIndex();
        // "the", "of", "a" are stop words; "x" is too short; "Councils"/"council" share a stem
        int[] terms = index.terms("The Councils of a city: x council, CITY budget.", false);
        assertArrayEquals(new int[] {0, 1, 0, 1, 2}, terms);
        assertEquals(3, index.size());
    }

    @Test
    void sentenceFrequencyCountsEachTermOncePerCountedSentence() {
        TermIndex index = new TermIndex();
        int[] first = index.terms("Rain, rain and more rain fell on Paris.", true);
        index.terms("Paris stayed dry.", true);
        index.terms("Rain in Paris again.", false); // not counted
        int rain = first[0];
        int paris = first[first.length - 1];
        assertEquals(1, index.sentenceFrequency(rain));
        assertEquals(2, index.sentenceFrequency(paris));
    }

    @Test
    void distinctKeepsFirstSeenOrderAndForgetsBetweenCalls() {
        TermIndex index = new TermIndex();
        int[] terms = index.terms("budget plan budget vote plan budget", false);
        assertArrayEquals(new int[] {0, 1, 2}, index.distinct(terms));
        assertArrayEquals(new int[] {2, 0}, index.distinct(new int[] {2, 0, 2}));
    }

    @Test
    void termIdsGrowPastTheInitialArrays() {
        TermIndex index = new TermIndex();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) text.append("word").append(i).append(' ');
        int[] terms = index.terms(text.toString(), true);
        assertEquals(500, index.size());
        assertEquals(500, index.distinct(terms).length);
        assertEquals(1, index.sentenceFrequency(499));
    }
}
