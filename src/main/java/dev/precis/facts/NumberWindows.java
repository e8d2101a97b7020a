package dev.precis.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The stretches of a sentence around its numbers: each run of digits, or with {@code words}
 * each number word ("two weeks"), widened by a margin on both sides, overlapping stretches
 * merged. The date and quantity patterns can only match there. Running them on these windows
 * instead of whole sentences keeps their cost tied to how many numbers a text has, not to its
 * length: a pattern tried at every position of 5 MB costs about 0.4 s, and there are a dozen.
 */
final class NumberWindows {
    static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds");

    /**
     * Longer runs of digits and separators are not amounts or dates (a real one, "1,000,000,000.00",
     * has about 16 characters) and anchor no window: on a megabyte-long "1,000,000,..." the amount
     * patterns backtracked from every digit and never finished.
     */
    static final int MAX_NUMBER_CHARS = 40;

    private NumberWindows() {}

    /** Windows as {start, end} offsets, in order, not overlapping. */
    static List<int[]> find(String s, int before, int after, boolean words) {
        List<int[]> windows = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end = i + 1;
            boolean anchor = false;
            if (Character.isDigit(c)) {
                while (end < s.length() && (Character.isDigit(s.charAt(end))
                        || (",.".indexOf(s.charAt(end)) >= 0 && end + 1 < s.length() && Character.isDigit(s.charAt(end + 1))))) end++;
                anchor = end - i <= MAX_NUMBER_CHARS;
            } else if (Character.isLetter(c)) {
                while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
                anchor = words && isNumberWord(s, i, end);
            }
            if (anchor) add(windows, Math.max(0, i - before), Math.min(s.length(), end + after));
            i = end;
        }
        return windows;
    }

    private static boolean isNumberWord(String s, int start, int end) {
        int length = end - start;
        return length >= 3 && length <= 8 && (start == 0 || !Character.isLetter(s.charAt(start - 1)))
                && NUMBER_WORDS.contains(s.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static void add(List<int[]> windows, int start, int end) {
        int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
        if (last != null && start <= last[1]) {
            last[1] = Math.max(last[1], end);
        } else {
            windows.add(new int[] {start, end});
        }
    }
}
