package dev.precis.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dates: the date line's date first (it is the article's own date, and what weekdays and
 * relative dates resolve against), then the dates of every sentence in document order, each text
 * and value once, capped at {@link FactLimits#DATES}. Regexes only, so it runs over the whole text
 * and stops as soon as the cap is reached.
 */
final class DateExtractor {
    List<KeyFacts.DateMention> extract(FactSource source) {
        Map<String, KeyFacts.DateMention> dates = new LinkedHashMap<>();
        DateFinder.Found dateline = DateFinder.dateline(source.dateline());
        LocalDate reference = dateline == null ? null : LocalDate.parse(dateline.value());
        if (dateline != null) add(dateline, dates);
        for (String sentence : source.sentences()) {
            for (DateFinder.Found found : DateFinder.find(sentence, reference)) {
                add(found, dates);
                if (dates.size() == FactLimits.DATES) return List.copyOf(dates.values());
            }
        }
        return new ArrayList<>(dates.values());
    }

    private static void add(DateFinder.Found found, Map<String, KeyFacts.DateMention> dates) {
        String text = FactText.shorten(found.text());
        dates.putIfAbsent(text + '\u0000' + found.value(), new KeyFacts.DateMention(text, found.value()));
    }
}
