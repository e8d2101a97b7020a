package dev.precis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {
    private static final String DATELINE = "6:36 AM EST, November 8, 2023"; // a Wednesday
    private final DateExtractor extractor = new DateExtractor();

    private List<KeyFacts.DateMention> dates(String dateline, String... sentences) {
        return extractor.extract(new FactSource(null, List.of(sentences), dateline));
    }

    @ParameterizedTest(name = "[{0}] -> {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "The deal was signed on November 8, 2023 in Paris.|November 8, 2023|2023-11-08",
        "The deal was signed on 8 November 2023 in Paris.|8 November 2023|2023-11-08",
        "The deal was signed on 8th of November, 2023.|8th of November, 2023|2023-11-08",
        "Filed 2023-11-08 by the clerk.|2023-11-08|2023-11-08",
        "The law took effect in March 2021 after a vote.|March 2021|2021-03",
        "Prices have doubled since 2019 across the region.|2019|2019",
        "The talks resume on Nov. 20 in Geneva.|Nov. 20|2023-11-20",
        "He was arrested on Oct. 30 after a chase.|Oct. 30|2023-10-30",
        "The results come out 14 December.|14 December|2023-12-14",
        "She arrived on Tuesday with aid.|Tuesday|2023-11-07",
        "The vote is set for next Monday.|next Monday|2023-11-13",
        "They met last Wednesday in Doha.|last Wednesday|2023-11-01",
        "Officials said yesterday that the road is closed.|yesterday|2023-11-07"})
    void dateFormats_resolveToIsoValues(String sentence, String text, String value) {
        List<KeyFacts.DateMention> dates = dates(DATELINE, sentence);
        assertTrue(dates.contains(new KeyFacts.DateMention(text, value)), dates.toString());
    }

    @Test
    void dateline_isTheFirstDate() {
        assertEquals(new KeyFacts.DateMention("November 8, 2023", "2023-11-08"), dates(DATELINE, "Nothing dated here.").get(0));
    }

    @Test
    void weekday_resolvesToNearestOnOrBeforeDateline() {
        List<KeyFacts.DateMention> dates = dates(DATELINE, "Biden spoke on Monday.", "Kirby briefed on Tuesday.", "It ends on Wednesday.");
        assertEquals(List.of(
                new KeyFacts.DateMention("November 8, 2023", "2023-11-08"),
                new KeyFacts.DateMention("Monday", "2023-11-06"),
                new KeyFacts.DateMention("Tuesday", "2023-11-07"),
                new KeyFacts.DateMention("Wednesday", "2023-11-08")), dates);
    }

    @Test
    void withoutDateline_weekdayHasNullValueAndRelativeWordsAreSkipped() {
        List<KeyFacts.DateMention> dates = dates(null, "He left on Friday.", "Yesterday it rained.", "The summit was on 4 July 2022.");
        assertEquals(List.of(new KeyFacts.DateMention("Friday", null), new KeyFacts.DateMention("4 July 2022", "2022-07-04")), dates);
    }

    @Test
    void dateWithoutYear_takesTheYearNearestTheDateline() {
        assertEquals(new KeyFacts.DateMention("Dec. 28", "2023-12-28"), dates("January 3, 2024", "The fire started on Dec. 28.").get(1));
    }

    @Test
    void sameTextAndValue_isListedOnce() {
        List<KeyFacts.DateMention> dates = dates(DATELINE, "On Tuesday he spoke.", "Her Tuesday call was short.", "Tuesday's briefing ran late.");
        assertEquals(2, dates.size(), dates.toString());
    }

    @ParameterizedTest(name = "no date in [{0}]")
    @CsvSource(delimiter = '|', value = {
        "The company sold 2019 units last quarter.",
        "Room 2023-B is on the second floor.",
        "It may rain and March is a verb here: they march on.",
        "The Feb 30, 2023 date does not exist."})
    void nonDates_areNotReported(String sentence) {
        assertEquals(List.of(), dates(null, sentence));
    }

    @Test
    void invalidDateline_givesNoReference() {
        assertEquals(List.of(new KeyFacts.DateMention("Sunday", null)), dates("Updated recently", "It opens on Sunday."));
    }

    @Test
    void manyDates_areCapped() {
        List<String> sentences = new ArrayList<>();
        for (int year = 1950; year < 2000; year++) sentences.add("It happened in " + year + " again.");
        assertEquals(FactLimits.DATES, dates(DATELINE, sentences.toArray(String[]::new)).size());
    }
}
