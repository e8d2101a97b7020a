package dev.precis.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.engine.SummaryLength;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void from_usesDefaultsForEverythingButTheTable() {
        Settings settings = Settings.from(Map.of("TABLE_NAME", "summaries"));
        assertEquals("summaries", settings.tableName());
        assertEquals(10L * 1024 * 1024, settings.maxObjectBytes());
        assertEquals(new SummaryLength.Sentences(3), settings.summaryLength());
        assertFalse(settings.s3PathStyle());
        assertNull(settings.documentsBucket());
        assertNull(Settings.from(Map.of("TABLE_NAME", "summaries", "DOCUMENTS_BUCKET", " ")).documentsBucket(), "blank is unset");
    }

    @Test
    void from_readsEverySetting() {
        Settings settings = Settings.from(Map.of("TABLE_NAME", " t ", "MAX_OBJECT_BYTES", "2048", "SUMMARY_SENTENCES", "5", "S3_FORCE_PATH_STYLE", "TRUE",
                "DOCUMENTS_BUCKET", " docs "));
        assertEquals("t", settings.tableName());
        assertEquals("docs", settings.documentsBucket());
        assertEquals(2048, settings.maxObjectBytes());
        assertEquals(new SummaryLength.Sentences(5), settings.summaryLength());
        assertTrue(settings.s3PathStyle());
    }

    @Test
    void from_namesTheMissingTable() {
        SettingsException e = assertThrows(SettingsException.class, () -> Settings.from(Map.of("MAX_OBJECT_BYTES", "10")));
        assertTrue(e.getMessage().startsWith("TABLE_NAME is not set"), e.getMessage());
    }

    @Test
    void from_rejectsABlankTable() {
        assertThrows(SettingsException.class, () -> Settings.from(Map.of("TABLE_NAME", "  ")));
    }

    @ParameterizedTest
    @CsvSource({
        "MAX_OBJECT_BYTES, ten",
        "MAX_OBJECT_BYTES, -7",
        "MAX_OBJECT_BYTES, 104857601",
        "SUMMARY_SENTENCES, -1",
        "SUMMARY_SENTENCES, 51",
        "SUMMARY_SENTENCES, 2.5",
        "S3_FORCE_PATH_STYLE, maybe"})
    void from_namesTheBadSettingWithoutRepeatingItsValue(String name, String value) {
        SettingsException e = assertThrows(SettingsException.class, () -> Settings.from(Map.of("TABLE_NAME", "t", name, value)));
        assertTrue(e.getMessage().startsWith(name + " must be"), e.getMessage());
        assertFalse(e.getMessage().contains(value), "the message repeats the value: " + e.getMessage());
    }
}
