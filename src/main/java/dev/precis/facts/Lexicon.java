package dev.precis.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists behind the entity heuristics, read once from the resource files beside this
 * class (one entry a line, {@code #} comments). Immutable, so one instance is shared by all threads.
 * Name lists are stored as {@link Names#key} keys; cue lists in lowercase.
 */
final class Lexicon {
    final Set<String> locations;
    final Set<String> organizations;
    final Set<String> demonyms;
    final Set<String> firstNames;
    final Set<String> titles;
    final Set<String> orgHeads;
    final Set<String> placeHeads;
    final Set<String> placePrefixes;
    final Set<String> notNames;
    final int longestTitle;

    private Lexicon() {
        locations = keys("locations.txt");
        organizations = keys("organizations.txt");
        demonyms = keys("demonyms.txt");
        firstNames = keys("first-names.txt");
        titles = lower("titles.txt");
        orgHeads = lower("org-heads.txt");
        Set<String> places = lower("place-heads.txt");
        placeHeads = Set.copyOf(places.stream().filter(p -> !p.endsWith("<")).toList());
        placePrefixes = Set.copyOf(places.stream().filter(p -> p.endsWith("<")).map(p -> p.substring(0, p.length() - 1)).toList());
        notNames = lower("not-names.txt");
        longestTitle = titles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
    }

    static Lexicon load() {
        return new Lexicon();
    }

    /** True for a nationality adjective or its plural ("Israeli", "Israelis"). */
    boolean isDemonym(String key) {
        return demonyms.contains(key) || (key.endsWith("s") && demonyms.contains(key.substring(0, key.length() - 1)));
    }

    private static Set<String> keys(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) out.add(Names.key(line));
        return Set.copyOf(out);
    }

    private static Set<String> lower(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) out.add(Names.key(line).toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    private static Set<String> lines(String resource) {
        InputStream raw = Lexicon.class.getResourceAsStream(resource);
        if (raw == null) throw new IllegalStateException("word list " + resource + " is not on the classpath");
        Set<String> out = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) out.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
        return out;
    }
}
