package dev.precis.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts: money, percentages, ages, distances, weights, durations and counts, found with simple
 * regexes over every sentence (stopping at {@link FactLimits#QUANTITIES}); where shapes overlap the
 * longest wins, then the earlier kind in {@link #KINDS}. Counts are kept only when they look like
 * facts ("20,000 fighters", "3 million people", "45 people"), not every small number.
 */
final class QuantityExtractor {
    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String WORD_NUM = "(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds|hundred)";
    private static final String AMOUNT = "(?:" + NUM + "|" + WORD_NUM + ")";
    private static final String SCALE = "(?:million|billion|trillion|thousand)";

    private record Kind(String type, Pattern pattern) {}

    /** How far an amount reaches from its number: a name and comma before an age, a unit after. */
    private static final int BEFORE = 60;
    private static final int AFTER = 30;

    private static final List<Kind> KINDS = List.of(
            kind("MONEY", "(?<![\\p{L}\\d])(?:US|A|C|NZ|HK|S)?[$£€¥₹]\\s?" + NUM + "(?:\\s?(?:" + SCALE + "|bn|mn|tn|m|k)\\b)?"),
            kind("MONEY", "\\b" + NUM + "(?:\\s" + SCALE + ")?\\s(?:dollars|euros|yen|yuan|rupees|roubles|rubles|francs|cents|pence)\\b"),
            kind("MONEY", "\\b" + NUM + "\\s(?:million|billion|trillion)\\s(?:pounds|pounds sterling)\\b"),
            kind("MONEY", "\\b" + NUM + "(?:\\s" + SCALE + ")?\\s?(?:USD|EUR|GBP|JPY|CHF|CNY)\\b"),
            kind("PERCENT", "(?<![\\d.])" + NUM + "\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)"),
            kind("AGE", "\\b(?:aged|age)\\s\\d{1,3}\\b|\\b\\d{1,3}(?:-|\\s)years?(?:-|\\s)old\\b"),
            kind("AGE", "\\b\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,3},\\s(\\d{1,3})(?=[,;)]|\\.(?:\\s|$)|$|\\s(?:who|was|is|and|from|of|had|has|said)\\b)"),
            kind("DISTANCE", "\\b" + AMOUNT + "(?:-|\\s)?(?:km|kilometres?|kilometers?|miles?|metres?|meters?|yards?|yds|feet|foot|ft|inches|inch|cm|mm)\\b"),
            kind("WEIGHT", "\\b" + AMOUNT + "(?:-|\\s)?(?:kg|kilograms?|kilos?|grams?|lbs?|pounds?|tonnes?|tons?|ounces?|oz|stone)\\b"),
            kind("DURATION", "\\b" + AMOUNT + "(?:-|\\s)(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\\b"),
            kind("NUMBER", "(?<![\\p{L}\\d.,:/$£€¥-])" + NUM + "(?:\\s(?:" + SCALE + "|hundred))?(?=\\s+\\p{Ll})"));

    /** Words after which a bare number is not a count of something. */
    private static final Set<String> NOT_COUNTED = Set.of("of", "to", "and", "or", "in", "on", "at", "for", "by", "with", "from", "as",
            "is", "was", "were", "are", "am", "pm", "a", "an", "the", "than", "per", "times", "p.m", "a.m");
    /** Words before a number that make it part of a date ("November 18", "Tuesday, 12"). */
    private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}[\\p{L}.]*)");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+)\\.?\\s+$");

    List<KeyFacts.Quantity> extract(FactSource source) {
        Map<String, KeyFacts.Quantity> found = new LinkedHashMap<>();
        for (String sentence : source.sentences()) {
            for (TextSpan<String> span : find(sentence)) {
                String text = FactText.shorten(sentence.substring(span.start(), span.end()));
                found.putIfAbsent(text, new KeyFacts.Quantity(text, span.value()));
                if (found.size() == FactLimits.QUANTITIES) return List.copyOf(found.values());
            }
        }
        return new ArrayList<>(found.values());
    }

    private static List<TextSpan<String>> find(String sentence) {
        List<TextSpan<String>> spans = new ArrayList<>();
        for (int[] window : NumberWindows.find(sentence, BEFORE, AFTER, true)) {
            for (int k = 0; k < KINDS.size(); k++) {
                Kind kind = KINDS.get(k);
                Matcher m = kind.pattern.matcher(sentence).region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
                while (m.find()) {
                    if (accept(kind.type, m, sentence)) spans.add(new TextSpan<>(m.start(), m.end(), k, kind.type));
                }
            }
        }
        return TextSpan.leftmostLongest(spans);
    }

    private static boolean accept(String type, Matcher m, String sentence) {
        return switch (type) {
            case "AGE" -> m.groupCount() < 1 || m.group(1) == null || plausibleAgeAfterName(m, sentence);
            case "NUMBER" -> countLike(m, sentence);
            default -> true;
        };
    }

    private static boolean plausibleAgeAfterName(Matcher m, String sentence) {
        int age = Integer.parseInt(m.group(1));
        String firstWord = sentence.substring(m.start(), m.start(1)).split("[\\s,]")[0].toLowerCase(Locale.ROOT);
        return age > 0 && age < 120 && !CALENDAR_WORDS.contains(firstWord);
    }

    private static boolean countLike(Matcher m, String sentence) {
        String number = m.group();
        Matcher previous = PREVIOUS_WORD.matcher(sentence.substring(Math.max(0, m.start() - 20), m.start()));
        if (previous.find() && CALENDAR_WORDS.contains(previous.group(1).toLowerCase(Locale.ROOT))) return false;
        Matcher next = NEXT_WORD.matcher(sentence).region(m.end(), sentence.length());
        if (!next.lookingAt() || NOT_COUNTED.contains(next.group(1).toLowerCase(Locale.ROOT))) return false;
        if (number.contains(",") || number.contains(" ")) return true;
        if (number.contains(".")) return false;
        int value = number.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(number);
        return value >= 10 && !(number.length() == 4 && value >= 1800 && value < 2100);
    }

    private static Kind kind(String type, String regex) {
        return new Kind(type, Pattern.compile(regex));
    }
}
