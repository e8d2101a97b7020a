package dev.precis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.nlp.PartOfSpeechTagger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggedDocumentTest {
    private static final PartOfSpeechTagger TAGGER = new PartOfSpeechTagger(Models.NLP);

    private static String words(int chars) {
        StringBuilder s = new StringBuilder();
        while (s.length() < chars) s.append("harbour council ferry winter ");
        return s.substring(0, chars);
    }

    @Test
    void tag_ordinarySentencesAreTaggedWhole() {
        String sentence = "The storm closed the Port of Aberdeen on Monday, Harbour Master Fiona Grant said.";
        TaggedDocument doc = TaggedDocument.tag(TAGGER, new FactSource("Storm closes the port", List.of(sentence, sentence), null));
        assertEquals(sentence, doc.body().get(0).text());
        assertEquals(2, doc.body().size());
        assertEquals("Storm closes the port", doc.title().text());
    }

    @Test
    void tag_oneEnormousSentenceOrTitleIsCutToTheSentenceBound() {
        // OpenNLP's beam search copies the tag sequence at every token: time grows with the square of a sentence's tokens
        String huge = words(2_000_000);
        TaggedDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> TaggedDocument.tag(TAGGER, new FactSource(huge, List.of(huge, huge), null)), "tagging hung");
        assertTrue(doc.title().text().length() <= TaggedDocument.SENTENCE_CHARS, "title " + doc.title().text().length());
        assertTrue(huge.startsWith(doc.title().text()));
        int tagged = 0;
        for (var sentence : doc.body()) {
            assertTrue(sentence.text().length() <= TaggedDocument.SENTENCE_CHARS, "sentence " + sentence.text().length());
            assertTrue(huge.startsWith(sentence.text()));
            assertTrue(sentence.size() > 0);
            tagged += sentence.text().length();
        }
        assertTrue(tagged <= TaggedDocument.TAGGED_CHARS + TaggedDocument.SENTENCE_CHARS, "tagged " + tagged);
    }
}
