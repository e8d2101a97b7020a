package dev.precis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Entities through the whole extractor: they need the POS tags. */
class EntityExtractorTest {
    private static List<KeyFacts.Entity> entities(String... sentences) {
        return Models.EXTRACTOR.extract(new FactSource(null, List.of(sentences), null)).entities();
    }

    private static Optional<KeyFacts.Entity> entity(List<KeyFacts.Entity> entities, String text) {
        return entities.stream().filter(e -> e.text().equals(text)).findFirst();
    }

    static Stream<Arguments> spellingsOfOneEntity() {
        return Stream.of(
                Arguments.of("titled name and surname are one person, named without the title", List.of(
                        "President Joe Biden spoke to reporters in the morning.",
                        "Later, Joe Biden flew home.",
                        "Biden said little about the plan."), new KeyFacts.Entity("Joe Biden", "PERSON", 3), "Biden"),
                Arguments.of("a possessive counts as a mention", List.of(
                        "Prime Minister Benjamin Netanyahu met the cabinet.",
                        "Netanyahu's office issued a denial."), new KeyFacts.Entity("Benjamin Netanyahu", "PERSON", 2), "Netanyahu"),
                Arguments.of("a short place name merges with the longer place", List.of(
                        "Aid trucks entered the Gaza Strip on the weekend.",
                        "The people of Gaza waited for water."), new KeyFacts.Entity("Gaza Strip", "LOCATION", 2), "Gaza"),
                Arguments.of("a given name alone joins the person", List.of(
                        "Alexis Randock posted a photo from the beach.",
                        "Alexis said the comments were cruel."), new KeyFacts.Entity("Alexis Randock", "PERSON", 2), "Alexis"),
                Arguments.of("a surname used alone marks a person", List.of(
                        "Rickie Fowler won the tournament in the rain.",
                        "Fowler thanked the fans afterwards."), new KeyFacts.Entity("Rickie Fowler", "PERSON", 2), "Fowler"),
                Arguments.of("a sentence's full stop is not part of a name", List.of(
                        "The recruits travelled to join ISIS.",
                        "Since then ISIS has lost ground."), new KeyFacts.Entity("ISIS", "ORGANIZATION", 2), "ISIS."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellingsOfOneEntity")
    void spellingsOfOneEntity_areMerged(String behaviour, List<String> sentences, KeyFacts.Entity expected, String merged) {
        List<KeyFacts.Entity> entities = entities(sentences.toArray(String[]::new));
        assertEquals(expected, entities.get(0));
        assertFalse(entity(entities, merged).isPresent(), entities.toString());
    }

    @Test
    void placeName_staysApartFromOrganizationStartingWithIt() {
        List<KeyFacts.Entity> entities = entities(
                "The Israel Defense Forces said the operation was over.",
                "Israel closed the border.");
        assertEquals("ORGANIZATION", entity(entities, "Israel Defense Forces").orElseThrow().type());
        assertEquals("LOCATION", entity(entities, "Israel").orElseThrow().type());
    }

    @ParameterizedTest(name = "{1} in [{0}] is {2}")
    @CsvSource(delimiter = '|', value = {
        "The Bank of England raised rates again.|Bank of England|ORGANIZATION",
        "Shares in Acme Widgets Ltd fell sharply.|Acme Widgets Ltd|ORGANIZATION",
        "Manchester United FC signed a new striker.|Manchester United FC|ORGANIZATION",
        "The decision came from NATO after a long meeting.|NATO|ORGANIZATION",
        "Mrs Eleanor Thistlewood opened the fair.|Eleanor Thistlewood|PERSON",
        "Dr Amara Okonkwo led the study.|Amara Okonkwo|PERSON",
        "Secretary of State Antony Blinken landed in Tel Aviv.|Antony Blinken|PERSON",
        "Sarah Winterbourne won the race.|Sarah Winterbourne|PERSON",
        "Floods hit Cumbria County after the storm.|Cumbria County|LOCATION",
        "Protesters gathered in Kyiv on the weekend.|Kyiv|LOCATION",
        "Rescuers searched the Severn River banks.|Severn River|LOCATION",
        "The Zorvex Prize was awarded again.|Zorvex Prize|OTHER"})
    void cueWords_typeTheName(String sentence, String name, String type) {
        List<KeyFacts.Entity> entities = entities(sentence);
        assertEquals(type, entity(entities, name).map(KeyFacts.Entity::type).orElse("missing from " + entities));
    }

    @Test
    void demonymsWeekdaysAndMonths_areNotEntities() {
        List<KeyFacts.Entity> entities = entities(
                "Israeli forces and Palestinian officials met on Tuesday in November.",
                "British and French ministers spoke on Friday.");
        List<String> names = entities.stream().map(KeyFacts.Entity::text).toList();
        for (String word : List.of("Israeli", "Palestinian", "Tuesday", "November", "British", "French", "Friday")) {
            assertFalse(names.contains(word), word + " listed: " + names);
        }
    }

    @Test
    void organizationBeforeTitle_isSplitFromThePerson() {
        List<KeyFacts.Entity> entities = entities("National Security Council Spokesman John Kirby stated the position.");
        assertEquals("ORGANIZATION", entity(entities, "National Security Council").orElseThrow().type());
        assertEquals("PERSON", entity(entities, "John Kirby").orElseThrow().type());
    }

    @Test
    void salience_ordersByMentionsThenFirstSeen() {
        List<KeyFacts.Entity> entities = entities(
                "Oslo hosted Maria Lindqvist and Peter Haraldsen.",
                "Peter Haraldsen spoke first, then Haraldsen spoke again.");
        assertEquals(List.of("Peter Haraldsen", "Oslo", "Maria Lindqvist"), entities.stream().map(KeyFacts.Entity::text).toList());
    }

    @Test
    void manyDistinctNames_areCappedAtTwenty() {
        String[] first = {"Alice", "Bruno", "Clara", "Dmitry", "Elena", "Felix", "Grace", "Hugo", "Irene", "Jonas"};
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            sentences.add("Mr " + first[i % first.length] + " " + surname(i) + " attended the meeting.");
        }
        List<KeyFacts.Entity> entities = entities(sentences.toArray(String[]::new));
        assertEquals(FactLimits.ENTITIES, entities.size());
        assertTrue(entities.stream().allMatch(e -> e.type().equals("PERSON")), entities.toString());
    }

    /** A made-up surname, distinct for each i ("Bakov", "Bekov", ...). */
    private static String surname(int i) {
        String consonants = "BDFGKLMNPRSTVZ";
        String vowels = "aeiou";
        return "" + consonants.charAt(i % 14) + vowels.charAt(i / 14 % 5) + "r" + vowels.charAt(i / 70 % 5) + consonants.toLowerCase().charAt(i / 350 % 14) + "ov";
    }
}
