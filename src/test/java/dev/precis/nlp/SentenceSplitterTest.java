package dev.precis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {
    private static SentenceSplitter splitter;

    @BeforeAll
    static void loadModels() {
        splitter = new SentenceSplitter(Nlp.loadEnglish());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("glued boundary", "It is the law.Detailed information follows here.",
                        List.of("It is the law.", "Detailed information follows here.")),
                Arguments.of("titles", "Mr. Smith met Dr. Jones in the morning. They talked.",
                        List.of("Mr. Smith met Dr. Jones in the morning.", "They talked.")),
                Arguments.of("initials", "The book by J. K. Rowling sold well. Critics agreed.",
                        List.of("The book by J. K. Rowling sold well.", "Critics agreed.")),
                Arguments.of("abbreviated country", "The U.S. economy grew in May. Prices rose.",
                        List.of("The U.S. economy grew in May.", "Prices rose.")),
                Arguments.of("quotation", "\"We will win,\" she said. \"It is certain.\" The crowd cheered.",
                        List.of("\"We will win,\" she said.", "\"It is certain.\"", "The crowd cheered.")),
                Arguments.of("whitespace normalized", "One  sentence\nwrapped here.\u00A0Another one.",
                        List.of("One sentence wrapped here.", "Another one.")),
                Arguments.of("caption glued before the sentence",
                        "Guilty: the manager will repay the money from his pension pot A respected manager who stole from customers was jailed. He resigned.",
                        List.of("Guilty: the manager will repay the money from his pension pot A respected manager who stole from customers was jailed.", "He resigned.")),
                Arguments.of("caption glued, given away by a capitalised pronoun",
                        "Boxer Sam Lee once earned millions but now posts tweets for $20 He was once the champion of the world.",
                        List.of("Boxer Sam Lee once earned millions but now posts tweets for $20", "He was once the champion of the world.")),
                Arguments.of("a capitalised title in mid-sentence stays",
                        "The film The Great Escape was shown again on Sunday night.",
                        List.of("The film The Great Escape was shown again on Sunday night.")),
                Arguments.of("domain name kept", "Visit essanews.com for more. Then leave.",
                        List.of("Visit essanews.com for more.", "Then leave.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void split_handlesEdgeCase(String name, String paragraph, List<String> expected) {
        assertEquals(expected, splitter.split(paragraph));
    }

    @Test
    void split_aMegabyteRunWithoutSpacesIsOnePieceAndNeverReachesTheModel() {
        String blob = "a.b-c'd&e.".repeat(100_000);
        List<String> sentences = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> splitter.split("The code below was pasted by mistake. " + blob + " The report ends here. It is short."));
        assertEquals(List.of("The code below was pasted by mistake.", blob, "The report ends here.", "It is short."), sentences);
    }
}
