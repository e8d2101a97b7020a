package dev.precis.lookup;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Percent-decoding of what arrives still encoded (the local server's raw path and every raw query
 * string), strictly: a malformed escape or bytes that are not UTF-8 are a 400, never a guess.
 *
 * <p>In a path, {@code +} is a plus sign (RFC 3986). In a query string, {@code +} is a space (the
 * form encoding browsers and {@code URLEncoder} use), so a literal plus must be sent as {@code %2B}.
 */
public final class UrlCoding {
    private UrlCoding() {}

    /** Decodes one path part ({@code %2F} becomes "/", {@code +} stays "+"). */
    public static String decodePath(String raw, String parameter) {
        return decode(raw, false, parameter);
    }

    /** Parses a raw query string into its parameters, in order; null or "" gives none. */
    public static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) return parameters;
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true, "query parameter name");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true, name);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String raw, boolean plusIsSpace, String parameter) {
        if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) return raw;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) throw new InvalidRequestException(parameter + " has a malformed percent-escape (expected %XX, two hex digits)");
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) utf8 = raw.substring(i, ++i + 1).getBytes(StandardCharsets.UTF_8);
                bytes.writeBytes(utf8);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(parameter + " is not percent-encoded UTF-8");
        }
    }
}
