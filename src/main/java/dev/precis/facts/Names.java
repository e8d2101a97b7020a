package dev.precis.facts;

import java.util.List;
import java.util.Locale;

/**
 * How a name is compared: dots dropped ("U.S." = "US"), curly apostrophes made straight, a
 * possessive "'s" cut ("Netanyahu's" = "Netanyahu"), words joined by one space. Case is kept:
 * "US" the country is not "us".
 */
final class Names {
    private Names() {}

    static String key(String text) {
        String s = text.replace(".", "").replace('’', '\'');
        if (s.endsWith("'s") && s.length() > 2) s = s.substring(0, s.length() - 2);
        return s.strip();
    }

    static String key(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        for (String token : tokens) {
            if (b.length() > 0) b.append(' ');
            b.append(key(token));
        }
        return b.toString();
    }

    static String lower(String token) {
        return key(token).toLowerCase(Locale.ROOT);
    }

    static boolean isCapitalized(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }
}
