package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTokenizerTest {

    private final RougeTokenizer tokenizer = new RougeTokenizer();

    @Test
    void lowercasesSplitsOnNonAlphanumericsAndStemsLongTokens() {
        assertEquals(List.of("u", "s", "inflat", "hit", "3", "2", "in", "q3", "2023", "analyst", "said"),
                tokenizer.tokenize("U.S. inflation hit 3.2% in Q3 2023 -- analysts said."));
    }

    @Test
    void leavesTokensOfThreeCharactersOrFewerUnstemmed() {
        assertEquals(List.of("was", "its", "us", "ran"), tokenizer.tokenize("was its US ran"));
    }

    @Test
    void dropsNonAsciiLettersAsSeparators() {
        assertEquals(List.of("caf", "r", "sum", "na", "ve", "test"), tokenizer.tokenize("Café résumé naïve 東京 test."));
    }

    @Test
    void emptyOrPunctuationOnlyTextHasNoTokens() {
        assertEquals(List.of(), tokenizer.tokenize(""));
        assertEquals(List.of(), tokenizer.tokenize(" -- ... !"));
    }
}
