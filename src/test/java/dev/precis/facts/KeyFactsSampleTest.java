package dev.precis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precis.nlp.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Key facts on the reference article {@code ../shared/samples/news-gaza-2023.txt}: everything its
 * README lists under "What a good result contains". The article is the publisher's text, so it is
 * read from the shared folder (skipped when absent) and never copied into the project. The test
 * plays the cleaner's part: body paragraphs only, the date line given separately.
 */
class KeyFactsSampleTest {
    private static final String TITLE = "Biden warns against Israeli reoccupation of Gaza, National Security Council says";
    private static final String DATELINE = "6:36 AM EST, November 8, 2023";
    private static final List<String> NOISE = List.of("President of the USA Joe Biden", "Images source", "ed. RAM", "6:36 AM EST", "Israeli conflict: Biden's request");

    private static KeyFacts facts;

    @BeforeAll
    static void extractSample() throws IOException {
        Path sample = Path.of(System.getProperty("precis.shared.dir", "../shared"), "samples", "news-gaza-2023.txt");
        assumeTrue(Files.isRegularFile(sample), "skipped: the shared sample " + sample + " is absent (set -Dprecis.shared.dir)");
        facts = Models.EXTRACTOR.extract(new FactSource(TITLE, bodySentences(Files.readString(sample, StandardCharsets.UTF_8)), DATELINE));
    }

    private static List<String> bodySentences(String text) {
        SentenceSplitter splitter = new SentenceSplitter(Models.NLP);
        List<String> sentences = new ArrayList<>();
        boolean inBody = false;
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String p = paragraph.strip();
            if (p.startsWith("US President Joe Biden revealed")) inBody = true;
            if (!inBody || p.startsWith("Related content")) continue;
            if (NOISE.stream().noneMatch(p::startsWith)) sentences.addAll(splitter.split(p));
            if (p.startsWith("Biden had previously cautioned")) break;
        }
        return sentences;
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
        "Joe Biden, PERSON", "Benjamin Netanyahu, PERSON", "Kamala Harris, PERSON", "Isaac Herzog, PERSON",
        "John Kirby, PERSON", "Antony Blinken, PERSON",
        "National Security Council, ORGANIZATION", "White House, ORGANIZATION", "ABC News, ORGANIZATION", "Hamas, ORGANIZATION",
        "Gaza Strip, LOCATION", "Israel, LOCATION"})
    void sample_listsEntityWithType(String name, String type) {
        Optional<KeyFacts.Entity> entity = facts.entities().stream().filter(e -> e.text().equals(name)).findFirst();
        assertTrue(entity.isPresent(), name + " missing from " + facts.entities());
        assertEquals(type, entity.get().type());
    }

    @Test
    void sample_mergesSpellingsOfOneEntity() {
        List<String> names = facts.entities().stream().map(KeyFacts.Entity::text).toList();
        for (String partial : List.of("Biden", "Netanyahu", "Kirby", "Gaza", "President Joe Biden", "Prime Minister Benjamin Netanyahu")) {
            assertFalse(names.contains(partial), partial + " should be merged, got " + names);
        }
        assertEquals(4, mentions("Joe Biden"), "title, two body sentences and the quote name Biden");
        assertEquals(3, mentions("Benjamin Netanyahu"), "Netanyahu, Netanyahu's and Prime Minister Netanyahu");
    }

    @Test
    void sample_listsNoDemonymWeekdayOrTitleAsEntity() {
        List<String> names = facts.entities().stream().map(KeyFacts.Entity::text).toList();
        for (String word : List.of("Israeli", "Palestinian", "Tuesday", "Monday", "President", "Prime Minister", "Spokesman")) {
            assertFalse(names.contains(word), word + " listed as an entity: " + names);
        }
    }

    @Test
    void sample_datesAreDatelineAndResolvedWeekdays() {
        assertEquals(new KeyFacts.DateMention("November 8, 2023", "2023-11-08"), facts.dates().get(0));
        assertTrue(facts.dates().contains(new KeyFacts.DateMention("Tuesday", "2023-11-07")), facts.dates().toString());
        assertTrue(facts.dates().contains(new KeyFacts.DateMention("Monday", "2023-11-06")), facts.dates().toString());
    }

    @ParameterizedTest(name = "quote starting \"{0}\" is by {1}")
    @CsvSource({
        "'President Joe Biden firmly asserts that', John Kirby",
        "'We are currently engaged in active discussions', John Kirby",
        "'indefinitely assume responsibility for the security of the Gaza Strip', Benjamin Netanyahu",
        "'tactical pause', White House"})
    void sample_attributesQuote(String start, String speaker) {
        Optional<KeyFacts.Quote> quote = facts.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst();
        assertTrue(quote.isPresent(), "no quote starting '" + start + "' in " + facts.quotes());
        assertEquals(speaker, quote.get().speaker());
    }

    @Test
    void sample_joinsQuoteSpanningTwoSentences() {
        KeyFacts.Quote kirby = facts.quotes().stream().filter(q -> q.text().startsWith("We are currently")).findFirst().orElseThrow();
        assertTrue(kirby.text().endsWith("any reoccupation by Israeli forces would be ill-advised"), kirby.text());
        assertTrue(kirby.text().contains("post-conflict. However, the President"), kirby.text());
    }

    @Test
    void sample_keyPhrasesAreTopicalNounPhrases() {
        assertTrue(facts.keyPhrases().containsAll(List.of("reoccupation", "tactical pause", "international humanitarian law")), facts.keyPhrases().toString());
        for (String phrase : facts.keyPhrases()) {
            String common = phrase.replace("Israeli ", "").replace("Palestinian ", "");
            assertEquals(common.toLowerCase(Locale.ROOT), common, "lowercase except nationality adjectives: " + phrase);
        }
    }

    private static int mentions(String name) {
        return facts.entities().stream().filter(e -> e.text().equals(name)).findFirst().orElseThrow().mentions();
    }
}
