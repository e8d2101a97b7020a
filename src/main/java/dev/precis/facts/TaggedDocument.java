package dev.precis.facts;

import dev.precis.nlp.PartOfSpeechTagger;
import dev.precis.nlp.TaggedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a document the slow POS tagger sees: the title and the leading body sentences up
 * to {@link #TAGGED_CHARS} characters, each cut to {@link #SENTENCE_CHARS}. OpenNLP tokenizes
 * and tags about 1.4 MB/s, so this bound keeps tagging near 45 ms whatever the document's size;
 * names and phrases are discovered here, and the cheap passes (dates, quantities, quotes, mention
 * counts) then run over every sentence.
 *
 * <p>The per-sentence cut bounds what one sentence costs, whatever the splitter makes of a
 * document (a 2 MB line without a full stop once took minutes, when OpenNLP's beam search still
 * copied the tag sequence at every token).
 */
record TaggedDocument(TaggedSentence title, List<TaggedSentence> body) {
    /** How much body text is tagged, in characters (about the first 60 KB). */
    static final int TAGGED_CHARS = 60_000;
    /** The longest piece of one sentence (or the title) that is tagged; a long news sentence has about 400 characters. */
    static final int SENTENCE_CHARS = 2_000;
    /** A title with more capitalized words than this share is in Title Case and says nothing about names. */
    private static final double TITLE_CASE_SHARE = 0.7;

    static TaggedDocument tag(PartOfSpeechTagger tagger, FactSource source) {
        TaggedSentence title = source.title() == null || source.title().isBlank() ? null
                : tagger.tag(head(source.title().strip(), SENTENCE_CHARS));
        List<TaggedSentence> body = new ArrayList<>();
        int budget = TAGGED_CHARS;
        for (String sentence : source.sentences()) {
            if (budget <= 0) break;
            String tagged = head(sentence, SENTENCE_CHARS);
            body.add(tagger.tag(tagged));
            budget -= tagged.length();
        }
        return new TaggedDocument(title, List.copyOf(body));
    }

    /** The text, or its first {@code max} characters cut at the last space (never inside a surrogate pair). */
    static String head(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max);
        if (cut < max / 2) cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, cut).strip();
    }

    /** The title when its capitals mark names, i.e. it is not written in Title Case. */
    TaggedSentence titleForNames() {
        if (title == null) return null;
        long words = 0;
        long capitalized = 0;
        for (String token : title.tokens()) {
            if (token.length() < 4 || !Character.isLetter(token.charAt(0))) continue;
            words++;
            if (Names.isCapitalized(token)) capitalized++;
        }
        return words > 0 && capitalized > TITLE_CASE_SHARE * words ? null : title;
    }
}
