package dev.precis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyOrderTest {

    @Test
    void supplementaryCharactersSortAfterTheRestOfTheBmp_asUtf8BytesDo() {
        String emoji = "\uD83C\uDF0A";   // U+1F30A: F0 9F 8C 8A in UTF-8
        String privateUse = "\uE000";     // EE 80 80 in UTF-8
        assertTrue(emoji.compareTo(privateUse) < 0, "UTF-16 order puts the surrogate pair first");
        assertTrue(KeyOrder.compare(emoji, privateUse) > 0, "UTF-8 order puts it last");
    }

    @Test
    void agreesWithUnsignedUtf8ByteComparison() {
        Random random = new Random(42);
        int[] alphabet = {'a', 'b', '/', ' ', '+', 0xE9, 0x7FF, 0x800, 0xFFFD, 0xE000, 0x1F30A, 0x10FFFF};
        for (int n = 0; n < 5000; n++) {
            String a = randomString(random, alphabet);
            String b = randomString(random, alphabet);
            int bytes = Integer.signum(Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
            assertEquals(bytes, Integer.signum(KeyOrder.compare(a, b)), a + " vs " + b);
        }
    }

    private static String randomString(Random random, int[] alphabet) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(5);
        for (int i = 0; i < length; i++) s.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
        return s.toString();
    }
}
