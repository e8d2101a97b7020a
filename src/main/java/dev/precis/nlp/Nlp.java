package dev.precis.nlp;

import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once from the classpath. Models are thread-safe and shared; the
 * {@code *ME} objects and the {@link GreedyTagger} that use them are not, so each thread gets its
 * own through a ThreadLocal.
 */
public final class Nlp {
    /** Words the tokenizer keeps whole without asking its model: ASCII letters only. */
    private static final Pattern LETTERS = Pattern.compile("^[A-Za-z]+$");

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<GreedyTagger> tagger;

    private Nlp() {
        sentenceModel = ModelLoader.load(ModelLoader.SENTENCE, SentenceModel::new);
        tokenizerModel = wholeWords(ModelLoader.load(ModelLoader.TOKENS, TokenizerModel::new));
        posModel = ModelLoader.load(ModelLoader.POS, POSModel::new);
        sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        tagger = ThreadLocal.withInitial(() -> new GreedyTagger(posModel));
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

    GreedyTagger tagger() {
        return tagger.get();
    }
}
