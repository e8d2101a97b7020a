package dev.precis.extract;

import java.util.Locale;

/**
 * A stored Content-Type, split into its media type and charset parameter.
 *
 * @param mediaType lower-case "type/subtype", or null when absent
 * @param charset the charset parameter as given (unquoted), or null
 */
record ContentType(String mediaType, String charset) {
    static final ContentType NONE = new ContentType(null, null);

    static ContentType parse(String value) {
        if (value == null || value.isBlank()) return NONE;
        String[] parts = value.split(";");
        String media = parts[0].trim().toLowerCase(Locale.ROOT);
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].trim();
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                charset = param.substring(eq + 1).trim().replace("\"", "").replace("'", "");
                if (charset.isEmpty()) charset = null;
            }
        }
        return new ContentType(media.isEmpty() ? null : media, charset);
    }
}
