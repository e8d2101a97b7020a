package dev.precis.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tagger decodes the POS model greedily ({@link GreedyTagger}); these tests hold it to the tags
 * of OpenNLP's own beam search of three sequences, token for token.
 */
class PosBeamTest {
    private static final String[] AMBIGUOUS = {
        "Time flies like an arrow; fruit flies like a banana.",
        "The old man the boats.",
        "I saw her duck under the table before the police could record the record.",
        "The complex houses married and single soldiers and their families.",
        "Officials said the Fed will lead a lead-free, can-do review as we're told it can't wait.",
        "BREAKING: 3,000 flee as US-backed forces shell Mosul's old city",
    };

    private static Nlp nlp;
    private static PartOfSpeechTagger tagger;
    private static POSModel packaged;
    private static POSTaggerME manifestBeam;

    @BeforeAll
    static void load() {
        nlp = Nlp.loadEnglish();
        tagger = new PartOfSpeechTagger(nlp);
        packaged = ModelLoader.load(ModelLoader.POS, POSModel::new);
        manifestBeam = new POSTaggerME(packaged, POSTagFormat.UD);
    }

    @Test
    void comparedBeam_keepsThreeSequences_asTheModelsManifestAsks() {
        assertEquals("3", packaged.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER));
    }

    @Test
    void greedyTagger_refusesAModelWithATagDictionary() {
        MaxentModel classifier = packaged.getArtifact("pos.model");
        POSModel withDictionary = new POSModel("en", classifier, 3, null, new POSTaggerFactory(null, Map.of(), new POSDictionary()));
        assertThrows(IllegalStateException.class, () -> new GreedyTagger(withDictionary));
    }

    @Test
    void sameTags_asTheManifestsBeam_onAmbiguousSentencesAndThePrimingText() throws IOException {
        List<String> sentences = new ArrayList<>(List.of(AMBIGUOUS));
        try (InputStream in = Nlp.class.getResourceAsStream("/dev/precis/lambda/priming.txt")) {
            sentences.addAll(new SentenceSplitter(nlp).split(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        assertTrue(compare(sentences) > 100, "the fixtures have tokens");
    }

    @Test
    void sameTags_asTheManifestsBeam_onEveryDevArticle() throws IOException {
        SentenceSplitter splitter = new SentenceSplitter(nlp);
        List<String> sentences = new ArrayList<>();
        for (String text : SharedData.devTexts()) sentences.addAll(splitter.split(text));
        assertTrue(compare(sentences) > 100_000, "the dev set has tokens");
    }

    /** Tags every sentence both ways, fails on the first difference, and returns the tokens compared. */
    private static int compare(List<String> sentences) {
        int tokens = 0;
        for (String sentence : sentences) {
            TaggedSentence greedy = tagger.tag(sentence);
            String[] words = greedy.tokens().toArray(String[]::new);
            assertArrayEquals(manifestBeam.tag(words), greedy.tags().toArray(String[]::new), sentence);
            tokens += words.length;
        }
        return tokens;
    }
}
