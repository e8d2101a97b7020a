package dev.precis.facts;

import dev.precis.nlp.PartOfSpeechTagger;
import dev.precis.nlp.TaggedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a document the slow POS tagger sees: the title and the leading body sentences up
 * to {@link #TAGGED_CHARS} characters. OpenNLP tags about 0.4 MB/s, so this bound keeps tagging
 * near 150 ms whatever the document's size; names and phrases are discovered here, and the
 * cheap passes (dates, quantities, quotes, mention counts) then run over every sentence.
 */
record TaggedDocument(TaggedSentence title, List<TaggedSentence> body) {
    /** How much body text is tagged, in characters (about the first 60 KB). */
    static final int TAGGED_CHARS = 60_000;
    /** A title with more capitalized words than this share is in Title Case and says nothing about names. */
    private static final double TITLE_CASE_SHARE = 0.7;

    static TaggedDocument tag(PartOfSpeechTagger tagger, FactSource source) {
        TaggedSentence title = source.title() == null || source.title().isBlank() ? null : tagger.tag(source.title().strip());
        List<TaggedSentence> body = new ArrayList<>();
        int budget = TAGGED_CHARS;
        for (String sentence : source.sentences()) {
            if (budget <= 0) break;
            body.add(tagger.tag(sentence));
            budget -= sentence.length();
        }
        return new TaggedDocument(title, List.copyOf(body));
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
