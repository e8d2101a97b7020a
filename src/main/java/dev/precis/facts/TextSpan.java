package dev.precis.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A match in a sentence: character offsets and what it means, for choosing among overlapping patterns. */
record TextSpan<T>(int start, int end, int priority, T value) {
    /**
     * The matches that do not overlap, in text order: at each point the longest match wins, then
     * the one with the lowest priority number ("November 8, 2023" over "November 8").
     */
    static <T> List<TextSpan<T>> leftmostLongest(List<TextSpan<T>> spans) {
        List<TextSpan<T>> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt((TextSpan<T> s) -> s.start)
                .thenComparingInt(s -> -(s.end - s.start))
                .thenComparingInt(s -> s.priority));
        List<TextSpan<T>> kept = new ArrayList<>();
        int covered = 0;
        for (TextSpan<T> span : sorted) {
            if (span.start < covered) continue;
            kept.add(span);
            covered = span.end;
        }
        return kept;
    }
}
