package dev.precis.cli;

import dev.precis.engine.SummaryLength;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "--name value" options and positional arguments of one subcommand, checked against what it accepts. */
final class Options {
    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options() {}

    static Options parse(String[] args, int from, Set<String> accepted) {
        Options o = new Options();
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                if (!accepted.contains(a)) throw new CliException("unknown option " + a, 2);
                if (i + 1 >= args.length) throw new CliException("option " + a + " needs a value", 2);
                o.values.put(a, args[++i]);
            } else {
                o.positional.add(a);
            }
        }
        return o;
    }

    String get(String name) {
        return values.get(name);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null) throw new CliException("missing required option " + name, 2);
        return v;
    }

    List<String> positional() {
        return positional;
    }

    int intValue(String name, int defaultValue) {
        String v = values.get(name);
        if (v == null) return defaultValue;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new CliException("option " + name + " needs a whole number, got '" + v + "'", 2);
        }
    }

    /** The summary length from --sentences, --ratio or --words (at most one of them). */
    SummaryLength summaryLength() {
        int given = (values.containsKey("--sentences") ? 1 : 0) + (values.containsKey("--ratio") ? 1 : 0) + (values.containsKey("--words") ? 1 : 0);
        if (given > 1) throw new CliException("give only one of --sentences, --ratio, --words", 2);
        try {
            if (values.containsKey("--ratio")) return new SummaryLength.Ratio(Double.parseDouble(values.get("--ratio")));
            if (values.containsKey("--words")) return new SummaryLength.Words(intValue("--words", 0));
            if (values.containsKey("--sentences")) return new SummaryLength.Sentences(intValue("--sentences", 0));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
        return SummaryLength.DEFAULT;
    }
}
