package dev.precis.facts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said a quotation, from the words around it: '"...," said Kirby', '"...," Kirby said',
 * 'Kirby stated that "..."', 'according to Kirby', 'The White House released a statement ... "..."'.
 * The speaker is a known person or organization (the entity's full name: "Kirby" gives
 * "John Kirby"); before a quote, the last person in the clause wins over an organization; "he" or
 * "she" is the last person named. Null when the text does not say.
 */
final class SpeakerFinder {
    private static final String VERBS = "said|says|say|stated|states|told|tells|added|adds|asserted|asserts|announced|declared|explained"
            + "|noted|insisted|claimed|argued|wrote|writes|warned|urged|indicated|suggested|revealed|replied|responded|remarked|commented"
            + "|stressed|emphasi[sz]ed|confirmed|acknowledged|admitted|posted|tweeted|continued|concluded|recalled|according to|statement";
    private static final Pattern VERB_FIRST = Pattern.compile("^[\\s,.!?;:—–-]*(?:" + VERBS + ")\\b");
    private static final Pattern SUBJECT_THEN_VERB = Pattern.compile("^[\\s,—–-]*([^.!?;\"“”]{1,60}?)\\s(?:" + VERBS + ")\\b");
    private static final Pattern VERB = Pattern.compile("\\b(?:" + VERBS + ")\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|,\\s(?:and|but|while|whereas)\\b|[.!?]\\s");
    private static final Pattern PRONOUN = Pattern.compile("^(?:[Hh]e|[Ss]he)\\b");
    private static final Pattern PRONOUN_LAST = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\s+(?:\\w+ly\\s+)?$");
    private static final int REACH = 60;

    private final MentionIndex index;

    SpeakerFinder(MentionIndex index) {
        this.index = index;
    }

    /** The speaker of the quotation {@code span} of {@code unit}; {@code previous} is the text just before the unit. */
    String find(QuoteUnit unit, int[] span, String previous) {
        String masked = unit.masked();
        String before = masked.substring(unit.sentenceStart(span[0]), Math.max(unit.sentenceStart(span[0]), span[0] - 1));
        String after = masked.substring(Math.min(masked.length(), span[1] + 1), Math.max(span[1] + 1, unit.sentenceEnd(span[1])));
        String context = previous + " " + masked.substring(0, Math.max(0, span[0] - 1));
        EntityGroup speaker = after(after, context);
        if (speaker == null) speaker = before(before, context);
        return speaker == null ? null : speaker.display.text;
    }

    private EntityGroup after(String after, String context) {
        Matcher verb = VERB_FIRST.matcher(after);
        if (verb.find()) {
            String rest = after.substring(verb.end(), Math.min(after.length(), verb.end() + REACH)).strip();
            return PRONOUN.matcher(rest).find() ? last(context, true) : first(rest);
        }
        Matcher subject = SUBJECT_THEN_VERB.matcher(after);
        if (!subject.find()) return null;
        String who = subject.group(1).strip();
        return PRONOUN.matcher(who).find() ? last(context, true) : last(who, false);
    }

    private EntityGroup before(String before, String context) {
        Matcher verb = VERB.matcher(before);
        int start = -1;
        int end = -1;
        while (verb.find()) {
            start = verb.start();
            end = verb.end();
        }
        if (start < 0) return null;
        if (before.startsWith("according to", start)) return first(before.substring(end));
        String clause = before.substring(0, start);
        Matcher cut = CLAUSE_BREAK.matcher(clause);
        int from = 0;
        while (cut.find()) from = cut.end();
        clause = clause.substring(from);
        EntityGroup named = last(clause, false);
        if (named != null) return named;
        return PRONOUN_LAST.matcher(clause).find() ? last(context, true) : null;
    }

    /** The first person or organization named in {@code text}. */
    private EntityGroup first(String text) {
        for (MentionIndex.Found found : index.find(text)) {
            if (isSpeaker(found.group())) return found.group();
        }
        return null;
    }

    /** The last person named in {@code text}, else (unless {@code personOnly}) the last organization. */
    private EntityGroup last(String text, boolean personOnly) {
        List<MentionIndex.Found> found = index.find(text);
        EntityGroup organization = null;
        for (int i = found.size() - 1; i >= 0; i--) {
            EntityGroup group = found.get(i).group();
            if (group.type() == EntityType.PERSON) return group;
            if (organization == null && group.type() == EntityType.ORGANIZATION) organization = group;
        }
        return personOnly ? null : organization;
    }

    private static boolean isSpeaker(EntityGroup group) {
        return group.type() == EntityType.PERSON || group.type() == EntityType.ORGANIZATION;
    }
}
