package dev.precis.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once from the classpath. Models are thread-safe and shared; the
 * {@code *ME} objects that use them are not, so each thread gets its own through a ThreadLocal.
 */
public final class Nlp {
    /** Where a POS model package keeps its classifier. */
    private static final String POS_MODEL_ENTRY = "pos.model";
    /** Words the tokenizer keeps whole without asking its model: ASCII letters only. */
    private static final Pattern LETTERS = Pattern.compile("^[A-Za-z]+$");

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;

    private Nlp() {
        sentenceModel = ModelLoader.load(ModelLoader.SENTENCE, SentenceModel::new);
        tokenizerModel = wholeWords(ModelLoader.load(ModelLoader.TOKENS, TokenizerModel::new));
        posModel = greedy(ModelLoader.load(ModelLoader.POS, POSModel::new));
        sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.UD));
    }

    /**
     * The same tagger model with a beam of one sequence instead of the manifest's three. For this
     * model the answers are the same and the work is half: its feature generators are cached
     * ({@code <featureGenerators cache="true">}), and OpenNLP's cache keys a token's features by
     * its position alone, so the previous-tags features are those of the first sequence that
     * reaches a position, the best one. Every sequence in the beam then scores each position with
     * the same features, and the best sequence is the best tag at each position, which a beam of
     * one finds too. (Checked: identical tags on 1.96 million tokens, {@code PosBeamTest}.)
     */
    static POSModel greedy(POSModel model) {
        MaxentModel tags = model.getArtifact(POS_MODEL_ENTRY);
        return new POSModel(model.getLanguage(), tags, 1, null, model.getFactory());
    }

    /**
     * The same tokenizer model, told to keep a word of ASCII letters whole instead of asking the
     * model at each of its characters (OpenNLP's alphanumeric optimization, which this model's
     * manifest leaves off). Tokenizing is about three times faster. The model almost never splits
     * such a word: on the 1.94 million tokens of the benchmark's 10 MB text only in 9 of 70,562
     * sentences, each time "BOTHAM" (a name in capitals), which stays whole now. Digits are not in
     * the pattern, because there the model does split on purpose ("3pm" into "3" and "pm").
     */
    static TokenizerModel wholeWords(TokenizerModel model) {
        TokenizerFactory factory = new TokenizerFactory(model.getLanguage(), model.getAbbreviations(), true, LETTERS);
        return new TokenizerModel(model.getMaxentModel(), null, factory);
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
