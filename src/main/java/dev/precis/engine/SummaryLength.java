package dev.precis.engine;

/** How long a summary should be: a number of sentences, a fraction of the sentences, or a word budget. */
public sealed interface SummaryLength {

    /** Exactly {@code count} sentences (fewer when the document has fewer). */
    record Sentences(int count) implements SummaryLength {
        public Sentences {
            if (count < 1) throw new IllegalArgumentException("sentences must be at least 1, was " + count);
        }
    }

    /** A fraction of the document's sentences, at least one. */
    record Ratio(double ratio) implements SummaryLength {
        public Ratio {
            if (!(ratio > 0 && ratio <= 1)) throw new IllegalArgumentException("ratio must be in (0, 1], was " + ratio);
        }
    }

    /** As many sentences as fit in {@code words} words (at least one sentence). */
    record Words(int words) implements SummaryLength {
        public Words {
            if (words < 1) throw new IllegalArgumentException("words must be at least 1, was " + words);
        }
    }

    SummaryLength DEFAULT = new Sentences(3);
}
