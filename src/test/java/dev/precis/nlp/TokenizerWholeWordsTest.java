package dev.precis.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer keeps words of ASCII letters whole without asking its model ({@link Nlp#wholeWords});
 * everywhere else it must cut exactly where the packaged model cuts.
 */
class TokenizerWholeWordsTest {
    private static TokenizerModel packaged;
    private static TokenizerME modelEverywhere;
    private static TokenizerME wholeWords;

    @BeforeAll
    static void load() {
        packaged = ModelLoader.load(ModelLoader.TOKENS, TokenizerModel::new);
        modelEverywhere = new TokenizerME(packaged);
        wholeWords = new TokenizerME(Nlp.wholeWords(packaged));
    }

    @Test
    void wholeWords_turnsOnTheShortcut_forLettersOnly() {
        assertFalse(packaged.useAlphaNumericOptimization(), "the packaged model asks its classifier at every character");
        TokenizerModel model = Nlp.wholeWords(packaged);
        assertTrue(model.useAlphaNumericOptimization());
        assertTrue(model.getFactory().getAlphaNumericPattern().matcher("Westmere").matches());
        assertFalse(model.getFactory().getAlphaNumericPattern().matcher("3pm").matches(), "digits still go to the model");
        assertFalse(model.getFactory().getAlphaNumericPattern().matcher("café").matches(), "so do letters outside ASCII");
    }

    @Test
    void sameCuts_asTheModel_onFixtures() {
        String[] sentences = {
            "The council met at 3pm on Friday, and we're told it can't wait.",
            "Officials said the cease-fire, agreed by U.S.-backed forces, held until 8pm.",
            "\"We cannot ask families to rebuild,\" said Mayor Helen Carter (Westmere).",
            "Prices rose 3.5% to $1,200/month; e-mail jane.doe@example.com for details.",
        };
        for (String sentence : sentences) {
            assertArrayEquals(modelEverywhere.tokenizePos(sentence), wholeWords.tokenizePos(sentence), sentence);
        }
    }

    @Test
    void sameCuts_asTheModel_onEveryDevArticle_apartFromLetterWordsKeptWhole() throws IOException {
        SentenceSplitter splitter = new SentenceSplitter(Nlp.loadEnglish());
        int sentences = 0;
        List<String> different = new ArrayList<>();
        for (String text : SharedData.devTexts()) {
            for (String sentence : splitter.split(text)) {
                sentences++;
                Span[] model = modelEverywhere.tokenizePos(sentence);
                Span[] fast = wholeWords.tokenizePos(sentence);
                if (Arrays.equals(model, fast)) continue;
                different.add(sentence);
                assertOnlyLetterWordsJoined(sentence, model, fast);
            }
        }
        assertTrue(sentences > 5_000, "the dev set has sentences");
        assertTrue(different.size() * 1000 < sentences, "at most one sentence in a thousand differs: " + different.size());
    }

    /** Every span of {@code fast} is one of the model's, or a letters-only word the model cut into pieces. */
    private static void assertOnlyLetterWordsJoined(String sentence, Span[] model, Span[] fast) {
        int m = 0;
        for (Span span : fast) {
            if (m < model.length && model[m].equals(span)) {
                m++;
                continue;
            }
            String word = span.getCoveredText(sentence).toString();
            assertTrue(word.matches("[A-Za-z]+"), "only letter words may differ: '" + word + "' in: " + sentence);
            assertEquals(span.getStart(), model[m].getStart(), sentence);
            while (m < model.length && model[m].getEnd() <= span.getEnd()) m++;
            assertEquals(span.getEnd(), model[m - 1].getEnd(), sentence);
        }
        assertEquals(model.length, m, sentence);
    }
}
