package dev.precis.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CursorTest {

    private static String token(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encode_roundTripsNonAsciiKeysInAUrlSafeToken() {
        Cursor cursor = new Cursor("docs", "reports/", "reports/Q3 2025+draft/été 🌊.txt");
        String token = cursor.encode();
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(cursor, Cursor.decode(token, "docs", "reports/"));
    }

    @Test
    void encode_givesTheTokenDatabindGave_soIssuedCursorsStayValid() {
        ObjectNode json = new ObjectMapper().createObjectNode().put("v", 1).put("bucket", "docs").put("prefix", "r/").put("after", "r/é \"🌊\"\u0001.txt");
        String databindToken = Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(databindToken, new Cursor("docs", "r/", "r/é \"🌊\"\u0001.txt").encode());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"v\":2,\"bucket\":\"docs\",\"prefix\":\"\",\"after\":\"a\"}",
        "{\"v\":1,\"bucket\":\"docs\",\"prefix\":\"\"}",
        "{\"v\":1,\"bucket\":\"docs\",\"prefix\":\"\",\"after\":\"a\",\"extra\":1}",
        "{\"v\":1,\"bucket\":\"docs\",\"prefix\":\"\",\"after\":7}",
        "{\"v\":1,\"bucket\":\"docs\",\"prefix\":\"\",\"after\":\"\"}",
        "[1,2]",
        "null",
    })
    void decode_refusesWhatItDidNotWrite(String json) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Cursor.decode(token(json), "docs", ""));
        assertTrue(e.getMessage().startsWith("cursor is malformed"), e.getMessage());
    }

    @Test
    void decode_refusesAKeyOutsideThePrefixAndATooLongToken() {
        assertThrows(InvalidRequestException.class,
                () -> Cursor.decode(token("{\"v\":1,\"bucket\":\"docs\",\"prefix\":\"a/\",\"after\":\"b\"}"), "docs", "a/"));
        assertThrows(InvalidRequestException.class, () -> Cursor.decode("A".repeat(Cursor.MAX_LENGTH + 1), "docs", ""));
        assertThrows(InvalidRequestException.class, () -> Cursor.decode("not*base64", "docs", ""));
    }
}
