package dev.precis.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The models the engine loads are the build's re-packed copies (pom.xml, "models stored"): the
 * Maven Central model's entries, in its order, with its bytes, but stored instead of deflated, so
 * OpenNLP's small reads do not each call into zlib.
 */
class ModelPackagingTest {

    @ParameterizedTest
    @ValueSource(strings = {ModelLoader.SENTENCE, ModelLoader.TOKENS, ModelLoader.POS})
    void theModelLoaded_isTheMavenCentralModelWithItsEntriesStored(String resource) throws IOException {
        List<URL> copies = Collections.list(ModelLoader.class.getClassLoader().getResources(resource.substring(1)));
        URL loaded = ModelLoader.class.getResource(resource);
        URL published = copies.stream().filter(u -> u.toString().contains("opennlp-models-")).findFirst()
                .orElseThrow(() -> new AssertionError(resource + ": no copy from an opennlp-models jar among " + copies));
        assertFalse(loaded.equals(published), resource + " is loaded from the published jar, not the build's stored copy (run `mvn process-resources`)");

        Map<String, Entry> stored = entries(loaded);
        Map<String, Entry> original = entries(published);
        assertEquals(new ArrayList<>(original.keySet()), new ArrayList<>(stored.keySet()), "entries and their order");
        assertTrue(original.keySet().iterator().next().equals("manifest.properties"), "the published model starts with its manifest");
        for (Map.Entry<String, Entry> e : stored.entrySet()) {
            assertEquals(ZipEntry.STORED, e.getValue().method(), e.getKey() + " is not stored");
            assertArrayEquals(original.get(e.getKey()).bytes(), e.getValue().bytes(), e.getKey() + " differs from the published model");
        }
    }

    private record Entry(int method, byte[] bytes) {}

    private static Map<String, Entry> entries(URL model) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream in = model.openStream(); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new Entry(e.getMethod(), zip.readAllBytes()));
            }
        }
        return entries;
    }
}
