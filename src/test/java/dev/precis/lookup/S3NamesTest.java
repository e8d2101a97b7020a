package dev.precis.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class S3NamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "precis-documents-local", "my.bucket.1", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "0ab"})
    void bucket_acceptsS3Names(String name) {
        assertEquals(name, S3Names.bucket(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Docs", "my_bucket", "-abc", "abc-", "a..b", "10.0.0.1", "xn--abc",
        "sthree-x", "docs-s3alias", "docs--ol-s3", "docs.mrap", "docs--x-s3", "a b", "docs/x", ""})
    void bucket_refusesWhatS3Refuses(String name) {
        assertThrows(InvalidRequestException.class, () -> S3Names.bucket(name));
    }

    @Test
    void key_isOneTo1024BytesOfWellFormedText() {
        assertEquals("x", S3Names.key("x"));
        assertEquals("🌊".repeat(256), S3Names.key("🌊".repeat(256)));   // 4 bytes each: exactly 1024
        assertThrows(InvalidRequestException.class, () -> S3Names.key("🌊".repeat(256) + "x"));
        assertThrows(InvalidRequestException.class, () -> S3Names.key(""));
        assertThrows(InvalidRequestException.class, () -> S3Names.key(null));
        assertThrows(InvalidRequestException.class, () -> S3Names.key("a\uD800b"));
        assertEquals("", S3Names.prefix(null));
    }
}
