package dev.precis.nlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads OpenNLP model files from the classpath root, where the Maven Central model jars put them. */
final class ModelLoader {
    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private ModelLoader() {}

    static <M> M load(String resource, ModelReader<M> reader) {
        InputStream raw = ModelLoader.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
