package dev.precis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precis.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written word scan finds exactly the spans of the regex it replaced. */
class MentionWordsTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]|[.'’&-](?=[\\p{L}\\p{N}]))*\\.?|&");

    @ParameterizedTest
    @ValueSource(strings = {"", "&", "AT&T and P&O.", "U.S. officials", "Israel's and Gaza’s", "well-known co-founder -",
        "café Müller, naïve ﬁ ½ Ⅻ", "e\u0301te\u0301 x\u20DD", "Dr. J. R. R. Tolkien.", "end... . ' ’ & - .", "𝐀𝐁𝐂 and 𝟙𝟚", "it's 3.5% ok.x"})
    void words_asTheRegex(String text) {
        assertSameSpans(text);
    }

    @Test
    void words_asTheRegex_onEveryDevArticle() throws IOException {
        for (String line : Files.readAllLines(SharedData.require("eval/dev.jsonl"))) assertSameSpans(line);
    }

    private static void assertSameSpans(String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) expected.add(m.start() + "-" + m.end());
        List<String> actual = new ArrayList<>();
        for (int[] w : MentionIndex.words(text)) actual.add(w[0] + "-" + w[1]);
        assertEquals(expected, actual, text.length() > 80 ? text.substring(0, 80) : text);
    }
}
