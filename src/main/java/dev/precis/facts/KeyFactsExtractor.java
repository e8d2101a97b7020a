package dev.precis.facts;

import dev.precis.nlp.Nlp;
import dev.precis.nlp.PartOfSpeechTagger;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Key facts of a document: entities, dates, quantities, quotations and key phrases. There are no
 * English NER models on Maven Central, so entities are honest heuristics: proper-noun phrases from
 * OpenNLP part-of-speech tags, typed by cue words and small word lists, merged across spellings.
 *
 * <p>Bounded by design: the POS tagger (the slow part, about 1.4 MB/s) sees only the title and the
 * first {@value TaggedDocument#TAGGED_CHARS} characters of sentences; dates, quantities, quotations
 * and mention counts use linear regex and hash passes over the sentences, each stopping at its cap.
 *
 * <p>Thread-safe: the word lists are immutable and every call builds its own state. Deterministic.
 */
public final class KeyFactsExtractor {
    private final PartOfSpeechTagger tagger;
    private final EntityExtractor entities;
    private final DateExtractor dates = new DateExtractor();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final KeyPhraseExtractor phrases;

    public KeyFactsExtractor(Nlp nlp) {
        Objects.requireNonNull(nlp, "nlp");
        Lexicon lexicon = Lexicon.load();
        this.tagger = new PartOfSpeechTagger(nlp);
        this.entities = new EntityExtractor(lexicon);
        this.phrases = new KeyPhraseExtractor(lexicon);
    }

    public KeyFacts extract(FactSource source) {
        Objects.requireNonNull(source, "source");
        TaggedDocument document = TaggedDocument.tag(tagger, source);
        EntityExtractor.Entities found = entities.extract(document, source);
        return new KeyFacts(
                found.list(),
                dates.extract(source),
                quantities.extract(source),
                quotes.extract(source, found.index()),
                phrases.extract(document, names(found.groups())));
    }

    /** Every spelling of every entity, lowercase: key phrases never repeat a name. */
    private static Set<String> names(List<EntityGroup> groups) {
        Set<String> names = new HashSet<>();
        for (EntityGroup group : groups) {
            for (EntityGroup.Form form : group.forms) names.add(form.text.toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
