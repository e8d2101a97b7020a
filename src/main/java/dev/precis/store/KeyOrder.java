package dev.precis.store;

import java.util.Comparator;

/**
 * The order DynamoDB sorts string sort keys in: by their UTF-8 bytes, unsigned, which is Unicode
 * code point order. Java's {@link String#compareTo} compares UTF-16 units instead and disagrees
 * for characters above U+FFFF against U+E000 to U+FFFF, so merging index pages needs this one.
 */
public final class KeyOrder {
    public static final Comparator<String> UTF8 = KeyOrder::compare;

    private KeyOrder() {}

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
