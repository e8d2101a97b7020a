package dev.precis.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cheap scan that spares the glued-boundary regex never says "no" where the regex would match. */
class GluedBoundaryScanTest {
    @ParameterizedTest
    @ValueSource(strings = {"under the new law.Detailed rules follow", "he said.\"The rest followed", "it ended (quite badly.)Then",
        "posts tweets for $20 He was once the champion", "a grim day” The council met", "the 3% They said so",
        "at the harbour Police found the car", "the report Officials said it was late", "she asked?Why not",
        "wow!Great news for the town"})
    void mayBeGlued_whereTheRegexMatches(String sentence) {
        assertTrue(SentenceSplitter.GLUED_BOUNDARY.matcher(sentence).find(), "fixture should match the regex: " + sentence);
        assertTrue(SentenceSplitter.mayBeGlued(sentence), sentence);
    }

    @Test
    void mayBeGlued_wheneverTheRegexMatches_onEveryDevSentence() throws IOException {
        int glued = 0;
        for (String line : Files.readAllLines(SharedData.require("eval/dev.jsonl"))) {
            for (String piece : line.split("(?<=[.!?\"])\\s+")) {
                if (!SentenceSplitter.GLUED_BOUNDARY.matcher(piece).find()) continue;
                glued++;
                assertTrue(SentenceSplitter.mayBeGlued(piece), piece);
            }
        }
        assertTrue(glued > 0, "the dev set has glued sentences");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The council approved the plan on Monday.", "a quiet day in the town, said the mayor",
        "prices rose 3.5 percent in May.", "no capitals after the stop. here", "Chief Constable Jones: The inquiry continues",
        "as he said, The council met", "at 5 p.m. Police said so", "(AP) — Police said it"})
    void notGlued_whenNothingCouldMatch(String sentence) {
        assertFalse(SentenceSplitter.GLUED_BOUNDARY.matcher(sentence).find(), sentence);
        assertFalse(SentenceSplitter.mayBeGlued(sentence), sentence);
    }
}
