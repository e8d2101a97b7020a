package dev.precis.log;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * One JSON object per line on stdout (CloudWatch keeps each line as one event and Logs Insights
 * reads its fields). Callers pass ids, sizes, timings and outcomes; never document text and never
 * the environment. Thread-safe: each line is written with one call.
 */
public final class JsonLog {
    private final PrintStream out;
    private final Clock clock;

    public JsonLog(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    public static JsonLog stdout() {
        return new JsonLog(System.out, Clock.systemUTC());
    }

    /** A log whose lines go nowhere: for work done on the function's own account, such as priming. */
    public static JsonLog discarding() {
        return new JsonLog(new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC());
    }

    /** @param fields name, value, name, value, ...; null values are left out */
    public void info(String message, Object... fields) {
        write("INFO", message, fields);
    }

    public void warn(String message, Object... fields) {
        write("WARN", message, fields);
    }

    public void error(String message, Object... fields) {
        write("ERROR", message, fields);
    }

    private void write(String level, String message, Object... fields) {
        if (fields.length % 2 != 0) throw new IllegalArgumentException("fields must be name, value pairs");
        StringBuilder line = new StringBuilder(128);
        line.append("{\"timestamp\":");
        string(line, clock.instant().toString());
        line.append(",\"level\":");
        string(line, level);
        line.append(",\"message\":");
        string(line, message);
        for (int i = 0; i < fields.length; i += 2) {
            Object value = fields[i + 1];
            if (value == null) continue;
            line.append(',');
            string(line, String.valueOf(fields[i]));
            line.append(':');
            value(line, value);
        }
        line.append('}');
        out.println(line);
    }

    private static void value(StringBuilder line, Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            line.append(value);
        } else if (value instanceof Map<?, ?> map) {
            line.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() == null) continue;
                if (!first) line.append(',');
                first = false;
                string(line, String.valueOf(e.getKey()));
                line.append(':');
                value(line, e.getValue());
            }
            line.append('}');
        } else {
            string(line, String.valueOf(value));
        }
    }

    static void string(StringBuilder line, String s) {
        line.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20) line.append(String.format("\\u%04x", (int) c));
                    else line.append(c);
                }
            }
        }
        line.append('"');
    }
}
