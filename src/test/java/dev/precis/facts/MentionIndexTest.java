package dev.precis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MentionIndexTest {
    /** The regular expression the scanner replaced: the reference for what a word is. */
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]|[.'’&-](?=[\\p{L}\\p{N}]))*\\.?|&");

    private static List<String> reference(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static List<String> scanned(String text) {
        return MentionIndex.words(text).stream().map(w -> text.substring(w[0], w[1])).toList();
    }

    @Provide
    Arbitrary<String> wordy() {
        return Arbitraries.strings().withChars("aZé9٣.'’&- \u0301\u00A0,\u2166").ofMaxLength(60);
    }

    @Property(tries = 300)
    void words_areTheReferencePatternsMatches(@ForAll("wordy") String text) {
        assertEquals(reference(text), scanned(text));
    }

    @Property(tries = 100)
    void words_matchTheReferenceOnAnyText(@ForAll String text) {
        assertEquals(reference(text), scanned(text));
    }

    @Example
    void words_keepInnerPunctuationAndAFinalDot() {
        assertEquals(List.of("U.S.", "AT&T", "O'Neill", "&", "cease-fire", "Zoë"), scanned("U.S. AT&T, O'Neill & cease-fire; Zoe\u0308"
                .replace("Zoe\u0308", "Zoë")));
    }

    @Example
    void words_aMegabyteTokenIsOneWordWithoutOverflowingTheStack() {
        String token = "a.b-c'd&e".repeat(120_000);
        assertEquals(List.of("Before", token, "after"), scanned("Before " + token + " after"));
    }
}
