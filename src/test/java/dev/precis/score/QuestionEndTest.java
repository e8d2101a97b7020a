package dev.precis.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precis.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The end-only question check answers as the regex it replaced, and lookingAt as find for the ^-anchored furniture patterns. */
class QuestionEndTest {
    private static final Pattern QUESTION = Pattern.compile("\\?[\"'”’]?$");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^\\p{Lu}[\\p{L}'’ -]{1,24}:\\s");
    private static final Pattern OPENS_WITH_QUOTE = Pattern.compile("^[\"“‘']");

    @ParameterizedTest
    @ValueSource(strings = {"Why?", "Why?\"", "Why?'", "Why?”", "Why?’", "Why?\n", "Why?\r\n", "Why?\r", "Why?\u2028", "Why?\u0085",
        "Why?\"\n", "Why?\n\n", "Why?\r\r", "Why? ", "Why?\"\"", "?", "\"", "", "\n", "\r\n", "Why.", "Why?!", "a?b", "Why??", "“Why?”",
        "Why?\u2029", "Why?'\r\n"})
    void endsAsQuestion_asTheRegex(String sentence) {
        assertEquals(QUESTION.matcher(sentence).find(), ExtractiveSelector.endsAsQuestion(sentence), sentence.replace("\n", "\\n").replace("\r", "\\r"));
    }

    @Test
    void furnitureChecks_asTheRegexes_onEveryDevSentence() throws IOException {
        for (String line : Files.readAllLines(SharedData.require("eval/dev.jsonl"))) {
            for (String piece : line.split("(?<=[.!?\"”])\\s+")) {
                assertEquals(QUESTION.matcher(piece).find(), ExtractiveSelector.endsAsQuestion(piece), piece);
                assertEquals(LABEL_PREFIX.matcher(piece).find(), LABEL_PREFIX.matcher(piece).lookingAt(), piece);
                assertEquals(OPENS_WITH_QUOTE.matcher(piece).find(), OPENS_WITH_QUOTE.matcher(piece).lookingAt(), piece);
            }
        }
    }
}
