package dev.precis.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precis.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The indexOf caption-cue check answers as the regex it replaced. */
class CaptionCueTest {
    private static final Pattern CAPTION_CUE = Pattern.compile("(?i)\\(?\\b(?:pictured|picture above|photo above|scroll down|click here|file photo|centre|center)\\b\\)?");

    @ParameterizedTest
    @ValueSource(strings = {"Smith (pictured) said", "PICTURED: the mayor", "the centrepiece", "a centre-left party", "in the center",
        "Scroll Down for video", "click  here", "picture above.", "epicentre", "_centre", "centre_", "centre\u0301", "x\u0301pictured", "", "Center"})
    void hasCaptionCue_asTheRegex(String sentence) {
        assertEquals(CAPTION_CUE.matcher(sentence).find(), ExtractiveSelector.hasCaptionCue(sentence), sentence);
    }

    @Test
    void hasCaptionCue_asTheRegex_onEveryDevSentence() throws IOException {
        for (String line : Files.readAllLines(SharedData.require("eval/dev.jsonl"))) {
            for (String piece : line.split("(?<=[.!?\"])\\s+")) assertEquals(CAPTION_CUE.matcher(piece).find(), ExtractiveSelector.hasCaptionCue(piece), piece);
        }
    }
}
