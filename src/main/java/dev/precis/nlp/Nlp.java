package dev.precis.nlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once from the classpath. Models are thread-safe and shared; the
 * {@code *ME} objects that use them are not, so each thread gets its own through a ThreadLocal.
 */
public final class Nlp {
    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;

    private Nlp() {
        sentenceModel = ModelLoader.load(ModelLoader.SENTENCE, SentenceModel::new);
        tokenizerModel = ModelLoader.load(ModelLoader.TOKENS, TokenizerModel::new);
        posModel = ModelLoader.load(ModelLoader.POS, POSModel::new);
        sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.UD));
    }

    /** Loads the English sentence, token and part-of-speech models. */
    public static Nlp loadEnglish() {
        return new Nlp();
    }

    SentenceDetectorME sentenceDetector() {
        return sentenceDetector.get();
    }

    TokenizerME tokenizer() {
        return tokenizer.get();
    }

    POSTaggerME tagger() {
        return tagger.get();
    }
}
