package dev.precis.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A log-log SVG chart of time against document size, written without any library. */
final class ScalingChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final String[][] SERIES = {
        {"precisSeconds", "Précis", "#1f77b4"}, {"textrankSeconds", "TextRank", "#d62728"}, {"lexrankSeconds", "LexRank", "#2ca02c"}};

    private ScalingChart() {}

    /** @param rows the scaling rows ("bytes" and one "...Seconds" per system, null where a system was stopped) */
    static String svg(List<Map<String, Object>> rows, String caption, double budgetSeconds) {
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        double minY = Double.MAX_VALUE;
        double maxY = budgetSeconds;
        for (Map<String, Object> row : rows) {
            double x = ((Number) row.get("bytes")).doubleValue();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            for (String[] s : SERIES) {
                if (row.get(s[0]) instanceof Number n && n.doubleValue() > 0) {
                    minY = Math.min(minY, n.doubleValue());
                    maxY = Math.max(maxY, n.doubleValue());
                }
            }
        }
        // sizes like 10,000,055 bytes belong to the 10 MB decade, not to an empty one up to 100 MB
        double x0 = Math.floor(Math.log10(minX) + 0.01);
        double x1 = Math.ceil(Math.log10(maxX) - 0.01);
        double y0 = Math.floor(Math.log10(minY));
        double y1 = Math.ceil(Math.log10(maxY));
        if (x1 == x0) x1 = x0 + 1;
        if (y1 == y0) y1 = y0 + 1;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\">%s</text>%n", LEFT, escape(caption)));
        for (double d = x0; d <= x1; d++) {
            double x = px(d, x0, x1);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, TOP, x, HEIGHT - BOTTOM));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, HEIGHT - BOTTOM + 18, bytes(Math.pow(10, d))));
        }
        for (double d = y0; d <= y1; d++) {
            double y = py(d, y0, y1);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, y + 4, seconds(Math.pow(10, d))));
        }
        double budgetY = py(Math.log10(budgetSeconds), y0, y1);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>%n", LEFT, budgetY, WIDTH - RIGHT, budgetY));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" fill=\"#666\">budget %s (stopped)</text>%n", WIDTH - RIGHT + 6, budgetY + 4, seconds(budgetSeconds)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">document size (bytes, log scale)</text>%n", (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 16));
        svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">time (log scale)</text>%n", (TOP + HEIGHT - BOTTOM) / 2, (TOP + HEIGHT - BOTTOM) / 2));
        int legend = 0;
        for (String[] s : SERIES) {
            List<String> points = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                if (!(row.get(s[0]) instanceof Number n) || n.doubleValue() <= 0) {
                    // stopped at the budget: a hollow marker on the budget line
                    double x = px(Math.log10(((Number) row.get("bytes")).doubleValue()), x0, x1);
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                            x, budgetY, s[2]));
                    continue;
                }
                double x = px(Math.log10(((Number) row.get("bytes")).doubleValue()), x0, x1);
                double y = py(Math.log10(n.doubleValue()), y0, y1);
                points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n", x, y, s[2]));
            }
            if (points.size() > 1) {
                svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", s[2], String.join(" ", points)));
            }
            int ly = TOP + 20 + 22 * legend++;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n", WIDTH - RIGHT + 8, ly, WIDTH - RIGHT + 30, ly, s[2]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 36, ly + 4, s[1]));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double px(double log, double x0, double x1) {
        return LEFT + (log - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT);
    }

    private static double py(double log, double y0, double y1) {
        return HEIGHT - BOTTOM - (log - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM);
    }

    private static String bytes(double b) {
        if (b >= 1e6) return String.format(Locale.ROOT, "%.0f MB", b / 1e6);
        if (b >= 1e3) return String.format(Locale.ROOT, "%.0f KB", b / 1e3);
        return String.format(Locale.ROOT, "%.0f B", b);
    }

    private static String seconds(double s) {
        if (s >= 1) return String.format(Locale.ROOT, "%.0f s", s);
        return String.format(Locale.ROOT, "%s ms", new java.math.BigDecimal(s * 1000).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
