package dev.precis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SequencerTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        // S3's rule: right-pad the shorter with zeros, then compare as hex strings
        "0055AED6DCD90281E5, 0055AED6DCD90281E6",
        "0055AED6DCD90281E, 0055AED6DCD90281E5",   // E0 < E5 after padding
        "0055AED6DCD90281E5, 0055AED6DCD90281F",   // E5 < F0 after padding; a shorter string is not smaller
        "0055aed6dcd90281e5, 0055AED6DCD90281E6",  // case does not matter
        "00, 01",
        "0062E99A88DC407460, 0062E99A89F1E0C3B2"})
    void compareTo_followsS3sPaddingRule(String older, String newer) {
        Sequencer a = Sequencer.parse(older);
        Sequencer b = Sequencer.parse(newer);
        assertTrue(a.compareTo(b) < 0);
        assertTrue(b.isAfter(a));
        assertTrue(a.sortKey().compareTo(b.sortKey()) < 0, "the stored sort forms must compare the same way as strings");
    }

    @Test
    void parse_trailingZerosDoNotChangeTheOrder() {
        assertEquals(0, Sequencer.parse("0055AED6DCD90281E5").compareTo(Sequencer.parse("0055AED6DCD90281E500")));
    }

    @Test
    void sortKey_isUpperCaseHexAtTheFixedWidth() {
        Sequencer s = Sequencer.parse("0055aed6dcd90281e5");
        assertEquals("0055AED6DCD90281E500000000000000", s.sortKey());
        assertEquals(Sequencer.WIDTH, s.sortKey().length());
        assertEquals("0055aed6dcd90281e5", s.raw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0055AED6DCD90281G5", "12-34", "0123456789ABCDEF0123456789ABCDEF1"})
    void parse_rejectsWhatCannotBeOrdered(String raw) {
        assertThrows(IllegalArgumentException.class, () -> Sequencer.parse(raw));
    }

    @Test
    void parse_rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> Sequencer.parse(null));
    }
}
