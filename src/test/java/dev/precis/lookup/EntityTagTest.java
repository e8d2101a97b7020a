package dev.precis.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagTest {
    private static final String TAG = EntityTag.of("{}".getBytes(StandardCharsets.UTF_8));

    @Test
    void of_dependsOnEveryByte() {
        assertNotEquals(TAG, EntityTag.of("{ }".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void matches_anyTagOfTheListWeakOrStrongAndTheWildcard() {
        assertTrue(EntityTag.matches(TAG, TAG));
        assertTrue(EntityTag.matches("\"x\", " + TAG, TAG));
        assertTrue(EntityTag.matches("W/" + TAG, TAG), "If-None-Match compares weakly");
        assertTrue(EntityTag.matches("*", TAG));
        assertFalse(EntityTag.matches("\"x\"", TAG));
        assertFalse(EntityTag.matches(TAG.replace("\"", ""), TAG), "an unquoted tag is another tag");
        assertFalse(EntityTag.matches(null, TAG));
        assertFalse(EntityTag.matches("", TAG));
    }
}
