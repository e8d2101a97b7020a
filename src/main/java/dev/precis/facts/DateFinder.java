package dev.precis.facts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in one sentence with a few simple regexes and gives each an ISO-8601 value when it
 * can: a full date, a year-month ("March 2021" → 2021-03) or a year ("in 2021"). Weekdays, dates
 * without a year and relative words ("yesterday", "last year") need the article's own date and
 * resolve against it (a bare weekday to the nearest one on or before it); without it, a weekday's
 * value is null and relative words are not reported.
 */
final class DateFinder {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:1[5-9]|20)\\d\\d)";

    /**
     * One date shape. {@code textGroup} is the group reported as the date's text (0: the whole
     * match); {@code keepUnresolved} reports it with a null value when it cannot be resolved.
     * Where it is tried: with no {@code cues}, only near digits ({@link NumberWindows}); else
     * over sentences that contain one of the cues.
     */
    private record Rule(Pattern pattern, int textGroup, boolean keepUnresolved, List<String> cues,
            BiFunction<Matcher, LocalDate, String> value) {}

    /** How far a date reaches from its digits ("8th of September, 2023"). */
    private static final int MARGIN = 30;
    private static final List<String> NEAR_DIGITS = List.of();

    private static final List<Rule> RULES = List.of(
            rule("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", (m, ref) -> iso(m.group(3), month(m.group(1)), m.group(2))),
            rule("\\b" + DAY + "(?:\\s+of)?\\s+" + MONTH + ",?\\s+" + YEAR + "\\b", (m, ref) -> iso(m.group(3), month(m.group(2)), m.group(1))),
            rule("\\b" + YEAR + "-(\\d\\d)-(\\d\\d)\\b", (m, ref) -> iso(m.group(1), Integer.parseInt(m.group(2)), m.group(3))),
            rule("\\b" + MONTH + ",?\\s+" + YEAR + "\\b", (m, ref) -> String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1)))),
            rule("\\b" + MONTH + "\\s+" + DAY + "\\b(?![:\\d])", (m, ref) -> nearestYear(ref, month(m.group(1)), m.group(2))),
            rule("\\b" + DAY + "(?:\\s+of)?\\s+" + MONTH + "\\b", (m, ref) -> nearestYear(ref, month(m.group(2)), m.group(1))),
            new Rule(Pattern.compile("\\b(?:in|since|by|until|till|from|during|before|after|early|late|mid|of|through)\\s+"
                    + YEAR + "\\b(?![-–]?\\d|%|,\\d|\\.\\d)"), 1, false, NEAR_DIGITS, (m, ref) -> m.group(1)),
            new Rule(Pattern.compile("\\b(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"),
                    0, true, List.of("day"), (m, ref) -> weekday(ref, m.group(1), m.group(2))),
            new Rule(Pattern.compile("\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|(?:[Ll]ast|[Nn]ext|[Tt]his) (?:year|month))\\b"),
                    0, false, List.of("day", "orrow", "year", "month"), DateFinder::relative));

    /** A date as written and its ISO value (null when unresolved). */
    record Found(String text, String value) {}

    private DateFinder() {}

    /** The dates in {@code text}, in order; {@code reference} is the article's date or null. */
    static List<Found> find(String text, LocalDate reference) {
        List<TextSpan<Found>> spans = new ArrayList<>();
        List<int[]> windows = NumberWindows.find(text, MARGIN, MARGIN, false);
        int[] whole = {0, text.length()};
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            if (rule.cues.isEmpty()) {
                for (int[] window : windows) find(text, window, r, reference, spans);
            } else if (rule.cues.stream().anyMatch(text::contains)) {
                find(text, whole, r, reference, spans);
            }
        }
        return TextSpan.leftmostLongest(spans).stream().map(TextSpan::value).toList();
    }

    private static void find(String text, int[] window, int r, LocalDate reference, List<TextSpan<Found>> spans) {
        Rule rule = RULES.get(r);
        Matcher m = rule.pattern.matcher(text).region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            String value = rule.value.apply(m, reference);
            if (value == null && !rule.keepUnresolved) continue;
            int start = m.start(rule.textGroup);
            spans.add(new TextSpan<>(start, m.end(), r, new Found(text.substring(start, m.end()), value)));
        }
    }

    /** The first full date in a date line ("6:36 AM EST, November 8, 2023"), or null. */
    static Found dateline(String dateline) {
        if (dateline == null) return null;
        for (Found found : find(dateline, null)) {
            if (found.value() != null && found.value().length() == 10) return found;
        }
        return null;
    }

    private static Rule rule(String regex, BiFunction<Matcher, LocalDate, String> value) {
        return new Rule(Pattern.compile(regex), 0, false, NEAR_DIGITS, value);
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }

    private static String iso(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "Nov. 8" in the year that puts it nearest the article's date. */
    private static String nearestYear(LocalDate ref, int month, String day) {
        if (ref == null) return null;
        String best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
            String iso = iso(Integer.toString(year), month, day);
            if (iso == null) continue;
            long distance = Math.abs(ChronoUnit.DAYS.between(ref, LocalDate.parse(iso)));
            if (distance < bestDistance) {
                best = iso;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static String weekday(LocalDate ref, String modifier, String name) {
        if (ref == null) return null;
        DayOfWeek target = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        int back = Math.floorMod(ref.getDayOfWeek().getValue() - target.getValue(), 7);
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        if (mod.equals("next")) {
            int ahead = Math.floorMod(target.getValue() - ref.getDayOfWeek().getValue(), 7);
            return ref.plusDays(ahead == 0 ? 7 : ahead).toString();
        }
        return ref.minusDays(mod.equals("last") && back == 0 ? 7 : back).toString();
    }

    private static String relative(Matcher m, LocalDate ref) {
        if (ref == null) return null;
        String words = m.group().toLowerCase(Locale.ROOT);
        return switch (words) {
            case "yesterday" -> ref.minusDays(1).toString();
            case "today" -> ref.toString();
            case "tomorrow" -> ref.plusDays(1).toString();
            case "last year" -> Integer.toString(ref.getYear() - 1);
            case "next year" -> Integer.toString(ref.getYear() + 1);
            case "this year" -> Integer.toString(ref.getYear());
            case "last month" -> ref.minusMonths(1).toString().substring(0, 7);
            case "next month" -> ref.plusMonths(1).toString().substring(0, 7);
            default -> ref.toString().substring(0, 7);
        };
    }
}
