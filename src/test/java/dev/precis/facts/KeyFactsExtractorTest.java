package dev.precis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class KeyFactsExtractorTest {
    private static final FactSource ARTICLE = new FactSource(
            "Storm closes the port of Aberdeen",
            List.of("The storm closed the Port of Aberdeen on Monday, Harbour Master Fiona Grant said.",
                    "\"We have never seen waves like this in 30 years,\" Grant told BBC News.",
                    "Repairs will cost £2.5 million and take 6 weeks, the Aberdeen City Council said.",
                    "About 1,200 homes lost power, and 15% of roads were shut."),
            "Published 14:05 GMT, 4 March 2024");

    @Test
    void sameInput_givesSameFacts() {
        assertEquals(Models.EXTRACTOR.extract(ARTICLE), Models.EXTRACTOR.extract(ARTICLE));
    }

    @Test
    void concurrentCalls_giveTheSameFactsAsOne() throws Exception {
        KeyFacts expected = Models.EXTRACTOR.extract(ARTICLE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<KeyFacts>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) results.add(pool.submit(() -> Models.EXTRACTOR.extract(ARTICLE)));
            for (Future<KeyFacts> result : results) assertEquals(expected, result.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void smallArticle_hasEveryKindOfFact() {
        KeyFacts facts = Models.EXTRACTOR.extract(ARTICLE);
        assertTrue(facts.entities().contains(new KeyFacts.Entity("Fiona Grant", "PERSON", 2)), facts.entities().toString());
        assertTrue(facts.dates().containsAll(List.of(new KeyFacts.DateMention("4 March 2024", "2024-03-04"),
                new KeyFacts.DateMention("Monday", "2024-03-04"))), facts.dates().toString());
        assertEquals(List.of(new KeyFacts.Quantity("30 years", "DURATION"), new KeyFacts.Quantity("£2.5 million", "MONEY"),
                new KeyFacts.Quantity("6 weeks", "DURATION"), new KeyFacts.Quantity("1,200", "NUMBER"),
                new KeyFacts.Quantity("15%", "PERCENT")), facts.quantities());
        assertEquals(List.of(new KeyFacts.Quote("We have never seen waves like this in 30 years", "Fiona Grant")), facts.quotes());
        assertTrue(facts.keyPhrases().contains("storm"), facts.keyPhrases().toString());
    }

    @Test
    void emptyDocument_hasNoFacts() {
        assertEquals(KeyFacts.EMPTY, Models.EXTRACTOR.extract(new FactSource(null, List.of(), null)));
    }

    @Test
    void missingSentences_isRejectedWithTheParameterName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new FactSource("t", null, null));
        assertEquals("sentences", e.getMessage());
    }

    @Test
    void longDocument_keepsEveryListWithinItsCap() {
        String[] goods = {"timber", "copper", "grain", "cotton", "steel", "coffee", "sugar", "wool", "salt", "coal",
            "rice", "tea", "oil", "glass", "paper", "leather", "silk", "tin", "zinc", "iron"};
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            sentences.add("On " + (1 + i % 28) + " March " + (1900 + i % 120) + ", Officer Kaito Ren" + i
                    + " of the Zed" + i + " Agency paid $" + i + " for " + (10 + i) + " tonnes of fresh " + goods[i % goods.length]
                    + ", \"as agreed with every single partner\" he said.");
        }
        KeyFacts facts = Models.EXTRACTOR.extract(new FactSource(null, sentences, null));
        assertEquals(FactLimits.ENTITIES, facts.entities().size());
        assertEquals(FactLimits.DATES, facts.dates().size());
        assertEquals(FactLimits.QUANTITIES, facts.quantities().size());
        assertTrue(facts.quotes().size() <= FactLimits.QUOTES);
        assertEquals(FactLimits.KEY_PHRASES, facts.keyPhrases().size());
    }
}
