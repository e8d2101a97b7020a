package dev.precis.facts;

import dev.precis.nlp.Nlp;

/** The English models and one extractor, loaded once per test JVM (loading takes about a second). */
final class Models {
    static final Nlp NLP = Nlp.loadEnglish();
    static final KeyFactsExtractor EXTRACTOR = new KeyFactsExtractor(NLP);

    private Models() {}
}
