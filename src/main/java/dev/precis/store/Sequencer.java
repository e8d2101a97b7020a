package dev.precis.store;

import java.util.Locale;

/**
 * The order S3 gives the events of one key: its {@code sequencer}, a hexadecimal string. S3's rule
 * is to compare two sequencers of the same key as hex strings after right-padding the shorter with
 * zeros. {@link #sortKey()} is that padded form at a fixed width, upper case, so that plain string
 * comparison (a DynamoDB condition {@code sequencer < :seq}) gives S3's order.
 */
public record Sequencer(String raw, String sortKey) implements Comparable<Sequencer> {
    /** Width of the stored sort form; S3's sequencers are 16 to 20 hex digits today. */
    public static final int WIDTH = 32;

    public Sequencer {
        if (raw == null || sortKey == null) throw new IllegalArgumentException("sequencer is missing");
    }

    /**
     * @throws IllegalArgumentException when {@code raw} is missing, empty, not hexadecimal, or
     *     longer than {@link #WIDTH} digits (after dropping trailing zeros, which never change the order)
     */
    public static Sequencer parse(String raw) {
        if (raw == null || raw.isEmpty()) throw new IllegalArgumentException("sequencer is missing");
        String upper = raw.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) throw new IllegalArgumentException("sequencer is not hexadecimal");
        }
        String significant = upper.replaceFirst("0+$", "");
        if (significant.length() > WIDTH) throw new IllegalArgumentException("sequencer is longer than " + WIDTH + " hex digits");
        return new Sequencer(raw, significant + "0".repeat(WIDTH - significant.length()));
    }

    @Override
    public int compareTo(Sequencer other) {
        return sortKey.compareTo(other.sortKey);
    }

    public boolean isAfter(Sequencer other) {
        return compareTo(other) > 0;
    }
}
