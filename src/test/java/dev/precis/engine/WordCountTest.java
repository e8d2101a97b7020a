package dev.precis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stats' word count without a regex counts as {@code split("\\s+")} did. */
class WordCountTest {
    @ParameterizedTest
    @ValueSource(strings = {"one", "two words", "  leading spaces", "trailing  ", "tabs\tand\nnew\r\nlines", "a\u000Bb\fc",
        "no\u00A0break (not a regex space)", "x", ""})
    void wordCount_countsAsTheRegexSplit(String text) {
        assertEquals(text.split("\\s+").length, Summarizer.wordCount(text), "[" + text + "]");
    }
}
