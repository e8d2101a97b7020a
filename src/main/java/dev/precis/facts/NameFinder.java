package dev.precis.facts;

import dev.precis.nlp.TaggedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds proper-noun phrases in a tagged sentence and the clues to their type. A phrase is a run of
 * capitalized PROPN/ADJ/NOUN tokens holding at least one PROPN, with inner connectors where names
 * use them ("Bank of England", "Procter & Gamble", "Ludwig van Beethoven"). Titles split a run
 * ("National Security Council Spokesman John Kirby" is an organization, a title and a person) and
 * mark the name after them as a person; a leading nationality adjective is dropped ("Israeli").
 */
final class NameFinder {
    private static final Set<String> NAME_TAGS = Set.of("PROPN", "ADJ", "NOUN", "X");
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "der", "van", "von", "al", "bin", "ibn", "la", "le", "du", "di", "dos");
    private static final Set<String> EDGE_WORDS = Set.of("the", "of", "&");
    private static final Set<String> OF_HEADS = Set.of("kingdom", "duke", "duchess", "earl", "museum", "isle", "states", "emirates");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "into", "across", "outside", "inside", "toward", "towards");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private final Lexicon lexicon;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The names in {@code s}; {@code position} is the reading-order position of its first token. */
    List<NameMention> find(TaggedSentence s, int position) {
        List<NameMention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!isNameWord(s, i)) {
                i++;
                continue;
            }
            int end = runEnd(s, i);
            if (hasPropn(s, i, end)) splitAtTitles(s, i, end, position, out);
            i = end;
        }
        return out;
    }

    private int runEnd(TaggedSentence s, int start) {
        int j = start + 1;
        while (j < s.size()) {
            if (isNameWord(s, j)) {
                j++;
                continue;
            }
            int next = j;
            String word = Names.lower(s.token(j));
            if (word.equals("of") && isOfHead(Names.lower(s.token(j - 1)))) {
                next = j + 1 < s.size() && Names.lower(s.token(j + 1)).equals("the") ? j + 2 : j + 1;
            } else if (word.equals("&") || (PARTICLES.contains(s.token(j)))) {
                next = j + 1;
            }
            if (next == j || next >= s.size() || !isNameWord(s, next)) break;
            j = next;
        }
        return j;
    }

    private void splitAtTitles(TaggedSentence s, int from, int to, int position, List<NameMention> out) {
        if (keepsWhole(s, from, to)) {
            emit(s, from, to, titleLength(s, from, to, true) > 0, position, out);
            return;
        }
        boolean titled = titleLength(s, from, to, true) > 0;
        int segment = -1;
        int j = from;
        while (j < to) {
            int title = j + 1 < to ? titleLength(s, j, to, false) : 0;
            if (title == 0 || j + title >= to) {
                if (segment < 0) segment = j;
                j++;
                continue;
            }
            if (segment >= 0) emit(s, segment, j, titled, position, out);
            segment = -1;
            j += title;
            if (Names.lower(s.token(j)).equals("of")) j = Math.min(to, j + (j + 1 < to && Names.lower(s.token(j + 1)).equals("the") ? 3 : 2));
            titled = true;
        }
        if (segment >= 0) emit(s, segment, to, titled, position, out);
    }

    /** Known names and organizations ending in an org word keep their title-like words ("General Assembly"). */
    private boolean keepsWhole(TaggedSentence s, int from, int to) {
        return isKnown(Names.key(s.tokens().subList(from, to))) || lexicon.orgHeads.contains(head(s.tokens().subList(from, to)));
    }

    private void emit(TaggedSentence s, int from, int to, boolean titled, int position, List<NameMention> out) {
        boolean orgLike = lexicon.orgHeads.contains(head(s.tokens().subList(from, to)));
        while (from < to && (isEdgeWord(s.token(from)) || (!orgLike && lexicon.isDemonym(Names.key(s.token(from)))))) from++;
        while (to > from && isEdgeWord(s.token(to - 1))) to--;
        if (from >= to || !hasPropn(s, from, to)) return;
        int given = givenNameAfterRole(s, from, to, orgLike);
        if (given > from) {
            if (isKnown(Names.key(s.tokens().subList(from, given)))) emit(s, from, given, false, position, out);
            emit(s, given, to, true, position, out);
            return;
        }
        List<String> tokens = s.tokens().subList(from, to);
        String key = Names.key(tokens);
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        if (key.length() < 2 || lexicon.titles.contains(lower) || lexicon.isDemonym(key)) return;
        if (tokens.stream().allMatch(t -> lexicon.notNames.contains(Names.lower(t)))) return;
        if (tokens.stream().anyMatch(t -> !isNameToken(t))) return;
        TypeEvidence evidence = evidence(s, from, to, tokens, key, titled);
        out.add(new NameMention(tokens, withoutSentenceStop(s.textOf(from, to)), position + from, evidence));
    }

    private TypeEvidence evidence(TaggedSentence s, int from, int to, List<String> tokens, String key, boolean titled) {
        String first = Names.lower(tokens.get(0));
        String last = head(tokens);
        boolean several = tokens.size() > 1;
        double person = (titled ? 2 : 0) + (several && lexicon.firstNames.contains(Names.key(tokens.get(0))) ? 1.5 : 0);
        double org = (lexicon.organizations.contains(key) ? 3 : 0) + (lexicon.orgHeads.contains(last) ? 2 : 0);
        double place = (lexicon.locations.contains(key) ? 3 : 0)
                + (several && lexicon.placeHeads.contains(last) ? 2 : 0)
                + (several && lexicon.placePrefixes.contains(first) ? 2 : 0)
                + (from > 0 && PLACE_PREPOSITIONS.contains(Names.lower(s.token(from - 1))) ? 0.5 : 0);
        return new TypeEvidence(person, org, place);
    }

    /**
     * The length of the longest title starting at {@code at} (or, with {@code before}, ending just
     * before it: "spokesman John Kirby"), else 0.
     */
    private int titleLength(TaggedSentence s, int at, int to, boolean before) {
        for (int n = lexicon.longestTitle; n >= 1; n--) {
            int start = before ? at - n : at;
            if (start < 0 || start + n > (before ? at : to)) continue;
            StringBuilder b = new StringBuilder();
            for (int k = start; k < start + n; k++) b.append(k > start ? " " : "").append(Names.lower(s.token(k)));
            if (lexicon.titles.contains(b.toString())) return n;
        }
        return 0;
    }

    /**
     * Where a person's name starts after a role the title list does not know ("Harbour Master
     * Fiona Grant": a given name, not first, with a surname after it), else {@code from}.
     */
    private int givenNameAfterRole(TaggedSentence s, int from, int to, boolean orgLike) {
        if (orgLike || to - from < 3 || isKnown(Names.key(s.tokens().subList(from, to)))) return from;
        for (int k = from + 1; k < to - 1; k++) {
            if (lexicon.firstNames.contains(Names.key(s.token(k))) && !lexicon.firstNames.contains(Names.key(s.token(k - 1)))) return k;
        }
        return from;
    }

    private boolean isKnown(String key) {
        return lexicon.organizations.contains(key) || lexicon.locations.contains(key);
    }

    /** Letters, digits and inner dots, hyphens, apostrophes; not "That’" (a closing quote) or "#tag". */
    private static boolean isNameToken(String token) {
        return token.equals("&") || token.matches("[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}.'’-]*[\\p{L}\\p{M}\\p{N}.])?");
    }

    /** "ISIS." at a sentence end is "ISIS"; abbreviations keep their dot ("Jr.", "Ltd.", "U.S."). */
    private static String withoutSentenceStop(String text) {
        if (!text.endsWith(".")) return text;
        String last = text.substring(text.lastIndexOf(' ') + 1, text.length() - 1);
        boolean abbreviation = last.contains(".") || (last.length() <= 3 && !last.equals(last.toUpperCase(java.util.Locale.ROOT)));
        return abbreviation ? text : text.substring(0, text.length() - 1);
    }

    /** The word that says what a name is: the last one, or the one before "of" ("Bank of England"). */
    private static String head(List<String> tokens) {
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (tokens.get(i).equals("of")) return Names.lower(tokens.get(i - 1));
        }
        return Names.lower(tokens.get(tokens.size() - 1));
    }

    private boolean isEdgeWord(String token) {
        String lower = Names.lower(token);
        return EDGE_WORDS.contains(lower) || PARTICLES.contains(token) || WEEKDAYS.contains(lower);
    }

    private boolean isOfHead(String lower) {
        return lexicon.titles.contains(lower) || lexicon.orgHeads.contains(lower) || lexicon.placeHeads.contains(lower)
                || lexicon.placePrefixes.contains(lower) || OF_HEADS.contains(lower);
    }

    private static boolean isNameWord(TaggedSentence s, int i) {
        return Names.isCapitalized(s.token(i)) && NAME_TAGS.contains(s.tag(i));
    }

    private static boolean hasPropn(TaggedSentence s, int from, int to) {
        for (int i = from; i < to; i++) if (s.tag(i).equals("PROPN")) return true;
        return false;
    }
}
