package dev.precis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Quotes through the whole extractor: speakers are entities, which need the POS tags. */
class QuoteExtractorTest {
    private static List<KeyFacts.Quote> quotes(String... sentences) {
        return Models.EXTRACTOR.extract(new FactSource(null, List.of(sentences), null)).quotes();
    }

    @Test
    void quoteSpanningTwoSentences_isJoinedAndAttributedAfter() {
        List<KeyFacts.Quote> quotes = quotes(
                "Spokesman John Kirby briefed the press.",
                "\"We are talking with our partners every day.",
                "However, the plan would be a mistake,\" stated John Kirby during the briefing.");
        assertEquals(List.of(new KeyFacts.Quote(
                "We are talking with our partners every day. However, the plan would be a mistake", "John Kirby")), quotes);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\"The talks will continue next week,\" said Maria Lindqvist.|Maria Lindqvist",
        "\"The talks will continue next week,\" Lindqvist said.|Maria Lindqvist",
        "Lindqvist told reporters that \"the talks will continue next week\".|Maria Lindqvist",
        "“The talks will continue next week,” she added.|Maria Lindqvist",
        "The talks will go on, according to Lindqvist, who said \"there is no other way forward\".|Maria Lindqvist",
        "The Foreign Ministry said in a statement that \"the talks will continue next week\".|Foreign Ministry",
        "\"The talks will continue next week,\" a diplomat said.|"})
    void speaker_isFoundAroundTheQuote(String sentence, String speaker) {
        List<KeyFacts.Quote> quotes = quotes("Foreign Minister Maria Lindqvist arrived in Oslo.", sentence);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(speaker, quotes.get(0).speaker());
    }

    static Stream<Arguments> exactQuotes() {
        return Stream.of(
                Arguments.of("curly single quotes are quotes, apostrophes are not", List.of(
                        "Coach Gareth Holloway said the result was ‘a day of shame for all of us’.",
                        "The players’ union didn’t comment on the club’s plans."),
                        new KeyFacts.Quote("a day of shame for all of us", "Gareth Holloway")),
                Arguments.of("short scare quotes need an attribution", List.of(
                        "The so-called \"experts\" disagreed about the \"new normal\".",
                        "The White House released a statement calling for a \"tactical pause\" in the fighting."),
                        new KeyFacts.Quote("tactical pause", "White House")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactQuotes")
    void quotes_areExactlyTheAttributedOnes(String behaviour, List<String> sentences, KeyFacts.Quote expected) {
        assertEquals(List.of(expected), quotes(sentences.toArray(String[]::new)));
    }

    @Test
    void longQuote_isCutAtAWordBoundary() {
        String quote = "word ".repeat(100).strip();
        KeyFacts.Quote found = quotes("\"" + quote + ",\" said Peter Haraldsen.").get(0);
        assertTrue(found.text().length() <= FactLimits.QUOTE_CHARS, found.text());
        assertTrue(found.text().endsWith("word…"), found.text());
    }

    @Test
    void unclosedQuote_isDropped() {
        assertEquals(List.of(), quotes("\"This quote never ends.", "Nor does this.", "Nor this.", "Nor this one.", "Nor this."));
    }

    @Test
    void manyQuotes_areCapped() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 40; i++) sentences.add("\"This is statement number " + i + " today,\" he said.");
        assertEquals(FactLimits.QUOTES, quotes(sentences.toArray(String[]::new)).size());
    }
}
