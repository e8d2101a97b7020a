package dev.precis.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * The POS model's tags one token at a time: each token gets the tag the model scores highest,
 * given the tags chosen before it. For this model that is exactly what OpenNLP's beam search
 * (three sequences, as its manifest asks) finds, at about a third of the work.
 *
 * <p>Why the answers are the same: the model's feature generators are cached
 * ({@code <featureGenerators cache="true">}), and OpenNLP's cache keys a token's features by its
 * position in the sentence alone. The previous-tags features at a position are therefore those of
 * the first sequence that reaches it, which is the best one, and every sequence in the beam is
 * scored with them. So each position is scored independently of the sequence, and the best
 * sequence is the best tag at each position, chosen after the best tags before it: this loop.
 * {@code PosBeamTest} compares both token for token (identical on 1.96 million tokens of the
 * benchmark's text). Skipping the beam also skips its per-token sort of every tag's score, and
 * the copy of the sequence so far at every token, which made one long sentence cost the square of
 * its tokens.
 *
 * <p>Not thread-safe: the context generator keeps the sentence's features. One per thread.
 */
final class GreedyTagger {
    /** Where a POS model package keeps its classifier. */
    private static final String CLASSIFIER_ENTRY = "pos.model";

    private final MaxentModel classifier;
    private final POSContextGenerator contexts;
    private final double[] scores;

    /** @throws IllegalStateException for a model with a tag dictionary, which would limit each word's tags */
    GreedyTagger(POSModel model) {
        POSTaggerFactory factory = model.getFactory();
        if (factory.getTagDictionary() != null) {
            throw new IllegalStateException("POS model has a tag dictionary; the greedy tagger does not apply it");
        }
        classifier = model.getArtifact(CLASSIFIER_ENTRY);
        contexts = factory.getPOSContextGenerator(0);
        scores = new double[classifier.getNumOutcomes()];
    }

    /** One tag per token, in the model's tag set. */
    String[] tag(String[] tokens) {
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            classifier.eval(contexts.getContext(i, tokens, tags, null), scores);
            int best = 0;
            for (int outcome = 1; outcome < scores.length; outcome++) {
                if (scores[outcome] > scores[best]) best = outcome;
            }
            tags[i] = classifier.getOutcome(best);
        }
        return tags;
    }
}
