package dev.precis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Key phrases through the whole extractor: they need the POS tags and the entities. */
class KeyPhraseExtractorTest {
    private static List<String> phrases(String title, String... sentences) {
        return Models.EXTRACTOR.extract(new FactSource(title, List.of(sentences), null)).keyPhrases();
    }

    @Test
    void repeatedPhrase_ranksFirst() {
        List<String> phrases = phrases(null,
                "The city council debated the new parking charges.",
                "Residents oppose the parking charges because shops will suffer.",
                "A vote on parking charges is due in spring.");
        assertEquals("parking charges", phrases.get(0), phrases.toString());
    }

    @Test
    void titlePhrase_outranksOneOffPhrase() {
        List<String> phrases = phrases("Flood defences fail in the valley",
                "The water rose overnight and the flood defences gave way.",
                "A fishing boat was lost near the harbour.");
        assertTrue(phrases.indexOf("flood defences") < phrases.indexOf("fishing boat"), phrases.toString());
    }

    @Test
    void entitiesAndVagueWords_areNotKeyPhrases() {
        List<String> phrases = phrases(null,
                "In addition, Hamas leaders met in Doha for ceasefire talks.",
                "In this case, the talks lasted for a long time.");
        assertTrue(phrases.contains("ceasefire talks"), phrases.toString());
        for (String excluded : List.of("hamas", "doha", "addition", "case", "time")) {
            assertFalse(phrases.contains(excluded), excluded + " in " + phrases);
        }
    }

    @Test
    void phraseContainingAChosenPhrase_isNotRepeated() {
        List<String> phrases = phrases(null,
                "The reoccupation was debated.",
                "Critics called the reoccupation illegal.",
                "A full reoccupation is unlikely.");
        assertEquals(1, phrases.stream().filter(p -> p.contains("reoccupation")).count(), phrases.toString());
    }
}
