package dev.precis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityExtractorTest {
    private final QuantityExtractor extractor = new QuantityExtractor();

    private List<KeyFacts.Quantity> quantities(String... sentences) {
        return extractor.extract(new FactSource(null, List.of(sentences), null));
    }

    @ParameterizedTest(name = "[{0}] -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "The fund raised $5 million in a week.|$5 million|MONEY",
        "He was fined £185,000 by the court.|£185,000|MONEY",
        "The bank lost €3bn last year.|€3bn|MONEY",
        "They paid 5 million dollars for it.|5 million dollars|MONEY",
        "The deal is worth 12 billion USD in total.|12 billion USD|MONEY",
        "Turnout reached 71% in the capital.|71%|PERCENT",
        "Sales fell 12 percent over the summer.|12 percent|PERCENT",
        "Inflation rose 2.5 per cent in May.|2.5 per cent|PERCENT",
        "He scored with a 27-yard strike.|27-yard|DISTANCE",
        "The convoy drove 10 km north.|10 km|DISTANCE",
        "She landed a 20lb carp.|20lb|WEIGHT",
        "Police seized 40 kilograms of cocaine.|40 kilograms|WEIGHT",
        "The meeting lasted 3 hours without a break.|3 hours|DURATION",
        "The siege lasted two weeks in all.|two weeks|DURATION",
        "Leon Yeaman, 55, was jailed on Friday.|Leon Yeaman, 55|AGE",
        "A 34-year-old man was arrested.|34-year-old|AGE",
        "The victim, aged 19, died at the scene.|aged 19|AGE",
        "There are more than 20,000 foreign fighters in the area.|20,000|NUMBER",
        "About 3 million people fled the region.|3 million|NUMBER",
        "Police arrested 45 protesters outside.|45|NUMBER"})
    void quantity_isFoundWithType(String sentence, String text, String type) {
        assertEquals(List.of(new KeyFacts.Quantity(text, type)), quantities(sentence));
    }

    @ParameterizedTest(name = "nothing in [{0}]")
    @CsvSource(delimiter = '|', value = {
        "The summit opens on November 18 in Lima.",
        "He joined the club in 2019 after a trial.",
        "She bought 3 apples and 2 pears.",
        "It happened at 6:36 pm on the bridge.",
        "The ratio was 0.75 overall.",
        "In Gaza, 12 were killed overnight."})
    void nonQuantities_areNotReported(String sentence) {
        assertEquals(List.of(), quantities(sentence));
    }

    @Test
    void quantitiesInOneSentence_areInTextOrderOnce() {
        assertEquals(List.of(new KeyFacts.Quantity("$5 million", "MONEY"), new KeyFacts.Quantity("40%", "PERCENT")),
                quantities("The $5 million grant covers 40% of costs, and the $5 million is due now."));
    }

    @Test
    void manyQuantities_areCapped() {
        List<String> sentences = new ArrayList<>();
        for (int i = 1; i <= 100; i++) sentences.add("The fee rose to $" + i + " this year.");
        assertEquals(FactLimits.QUANTITIES, quantities(sentences.toArray(String[]::new)).size());
    }

    @Test
    void aMegabyteLongNumber_isNoQuantity_andTheOthersAreStillFound() {
        String huge = "1" + ",000".repeat(250_000);
        List<KeyFacts.Quantity> found = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> quantities("Costs reached $" + huge + " last year.", "The grant covers 40% of costs."), "the amount patterns hung");
        assertEquals(List.of(new KeyFacts.Quantity("40%", "PERCENT")), found);
    }
}
