package dev.precis.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCodingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "a%2Fb          | a/b",
        "a+b            | a+b",
        "a%2Bb          | a+b",
        "a%20b          | a b",
        "%C3%A9t%C3%A9  | été",
        "été            | été",
        "%F0%9F%8C%8A   | 🌊",
        "🌊             | 🌊",
        "%25            | %",
    })
    void decodePath_decodesOnceAndKeepsPlus(String raw, String decoded) {
        assertEquals(decoded, UrlCoding.decodePath(raw, "key"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%2", "%G0", "%C3", "%FF", "%C0%AF"})
    void decodePath_refusesMalformedEscapesAndBytesThatAreNotUtf8(String raw) {
        assertThrows(InvalidRequestException.class, () -> UrlCoding.decodePath(raw, "key"));
    }

    @Test
    void parseQuery_formDecodesAndKeepsRepeats() {
        Map<String, List<String>> query = UrlCoding.parseQuery("bucket=docs&prefix=a+b%2Bc&flag&prefix=%C3%A9&");
        assertEquals(List.of("docs"), query.get("bucket"));
        assertEquals(List.of("a b+c", "é"), query.get("prefix"));
        assertEquals(List.of(""), query.get("flag"));
        assertEquals(Map.of(), UrlCoding.parseQuery(null));
    }
}
