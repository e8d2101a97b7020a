package dev.precis.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the page furniture that people paste along with an article: image credits, editor
 * tags, date/time lines, "Related content"-style links, site lines, bare punctuation and legal
 * notices. Each rule looks at one line or one block and is deliberately conservative: a rule that
 * removed a real sentence would cost more than a stray credit line left in.
 */
final class NoiseRules {
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?";
    private static final String DATE = "(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})";
    private static final String TIME = "\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s*[A-Z]{2,5})?";

    /** "6:36 AM EST, November 8, 2023", "Published: 08 Nov 2023 14:02 GMT", "Updated 3 hours ago". */
    static final Pattern DATELINE = Pattern.compile(
            "(?i:(?:published|updated|posted|last updated|first published)(?:\\s+on)?:?\\s*)?(?:" + WEEKDAY + "\\s*)?"
                    + "(?:" + TIME + ",?\\s*(?:" + WEEKDAY + "\\s*)?" + DATE + "|" + DATE + "(?:,?\\s*(?:at\\s+)?" + TIME + ")?)"
                    + "(?:\\s*\\|.*)?");
    private static final Pattern RELATIVE_TIME = Pattern.compile("(?i)(?:updated|published|posted)?\\s*\\d+\\s+(?:minutes?|hours?|days?)\\s+ago");

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(?:(?:main\\s+)?(?:images?|photos?|pictures?|photograph|video|credits?|image credits?|photo credits?|images? source|source|illustration)\\s*:.*"
                    + "|(?:photo|image|picture)\\s+(?:by|via|courtesy(?: of)?)\\s+.*"
                    + "|.*\\b(?:getty images|shutterstock|alamy|afp photo|ap photo|reuters/|epa-efe|pa images|pa wire)\\b.*)");
    private static final Pattern EDITOR_TAG = Pattern.compile("(?:ed\\.|Ed\\.|oprac\\.|edited by:?)\\s*\\p{Lu}{2,5}|(?i:(?:by|written by|reporting by|edited by|author:))\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]+){0,4}");
    private static final Pattern LINK_LINE = Pattern.compile(
            "(?i)(?:related(?: content| articles?| stories| posts| news| topics| links)?|read more|read also|see also|more on this(?: story)?|"
                    + "advertisement|sponsored(?: content)?|share(?: this(?: article| story| page)?)?(?: on \\w+)?|share|tweet|email|print|"
                    + "follow us.*|sign up.*|subscribe.*|newsletter.*|click here.*|most (?:read|popular|viewed)|trending(?: now)?|recommended(?: for you)?|"
                    + "(?:\\d+\\s+)?comments?|leave a comment|listen to (?:this )?article.*|skip to (?:main )?content|back to top|"
                    + "scroll down for video|watch(?: the)? video|video|gallery|open gallery|\\d+ photos?|cookie settings|accept(?: all)? cookies)[.:!]?");
    private static final Pattern SITE_LINE = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)?\\s*(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}(?:/\\S*)?");
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final String[] LEGAL_CUES = {
        "copyright", "©", "all rights reserved", "reproduction", "consent", "permission", "prohibited", "terms of use",
        "terms of service", "privacy policy", "cookie", "licence", "license", "trademark", "this website", "this site",
        "owner of this", "without the prior", "may not be", "redistribut", "permitted use"
    };

    private NoiseRules() {}

    /** True when the whole line is furniture, not article text. */
    static boolean isNoiseLine(String line) {
        if (PUNCTUATION_ONLY.matcher(line).matches()) return true;
        if (line.length() > 160) return false;
        return CREDIT.matcher(line).matches()
                || EDITOR_TAG.matcher(line).matches()
                || LINK_LINE.matcher(line).matches()
                || SITE_LINE.matcher(line).matches()
                || RELATIVE_TIME.matcher(line).matches()
                || (line.startsWith("©") && line.length() < 120);
    }

    /** True when the line is only a date, optionally with a time: the article's date line. */
    static boolean isDateline(String line) {
        return line.length() <= 80 && DATELINE.matcher(line).matches();
    }

    /** True for a copyright or legal notice block: several legal cues in one block. */
    static boolean isLegalNotice(String block) {
        String lower = block.toLowerCase(Locale.ROOT);
        int hits = 0;
        for (String cue : LEGAL_CUES) {
            if (lower.contains(cue)) hits++;
        }
        return hits >= 3 || (hits >= 1 && lower.contains("©") && block.length() < 300);
    }
}
