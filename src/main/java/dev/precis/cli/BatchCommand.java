package dev.precis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.precis.engine.InvalidDocumentException;
import dev.precis.engine.MalformedDocumentException;
import dev.precis.engine.SummaryLength;
import dev.precis.engine.Summarizer;
import dev.precis.extract.ExtractedText;
import dev.precis.extract.TextExtractor;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code batch --in IN.jsonl --out OUT.jsonl [--sentences N]}: one output line per input line, in
 * input order. Documents are summarized on all cores; a bad line becomes an error line and the
 * batch goes on.
 */
final class BatchCommand {
    static final String USAGE = "batch --in IN.jsonl --out OUT.jsonl [--sentences N | --ratio R | --words W]";

    private BatchCommand() {}

    static void run(String[] args, PrintStream err) throws IOException, InterruptedException {
        Options options = Options.parse(args, 1, Set.of("--in", "--out", "--sentences", "--ratio", "--words"));
        Path in = Path.of(options.required("--in"));
        Path out = Path.of(options.required("--out"));
        SummaryLength length = options.summaryLength();
        long total = countLines(in);
        Summarizer summarizer = Summarizer.load();
        TextExtractor extractor = new TextExtractor();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Progress progress = new Progress(total, err);
        int failed = 0;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            Deque<Future<Line>> window = new ArrayDeque<>();
            String raw;
            int lineNo = 0;
            while ((raw = reader.readLine()) != null) {
                int n = ++lineNo;
                if (raw.isBlank()) continue;
                String line = raw;
                window.add(pool.submit(() -> process(n, line, summarizer, extractor, length)));
                if (window.size() >= threads * 4) failed += write(window.poll(), writer, err, progress);
            }
            while (!window.isEmpty()) failed += write(window.poll(), writer, err, progress);
        } catch (NoSuchFileException e) {
            throw new CliException(e.getFile() + ": no such file");
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        if (failed > 0) err.println("precis: " + failed + " of " + progress.done() + " lines could not be summarized (see the error lines in " + out + ")");
    }

    private record Line(int number, String json, String error) {}

    private static Line process(int number, String raw, Summarizer summarizer, TextExtractor extractor, SummaryLength length) throws IOException {
        String id = null;
        try {
            Object node = Json.read(raw);
            if (!(node instanceof Map<?, ?>)) return errorLine(number, null, "not a JSON object");
            id = Json.field(node, "id") != null ? Json.text(Json.field(node, "id")) : null;
            if (!(Json.field(node, "text") instanceof String text)) return errorLine(number, id, "missing \"text\"");
            String title = Json.nonBlankText(node, "title");
            ExtractedText extracted = extractor.extract(text.getBytes(StandardCharsets.UTF_8), null, null);
            String knownTitle = title != null ? title : extracted.title();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("id", id);
            result.putAll(Json.fields(summarizer.summarize(extracted.text(), knownTitle, length)));
            return new Line(number, Json.write(result), null);
        } catch (JsonProcessingException e) {
            return errorLine(number, id, "invalid JSON");
        } catch (InvalidDocumentException e) {
            return errorLine(number, id, e.reason());
        } catch (MalformedDocumentException e) {
            return errorLine(number, id, e.reason());
        }
    }

    private static Line errorLine(int number, String id, String reason) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("line", number);
        line.put("error", reason);
        return new Line(number, Json.write(line), reason);
    }

    private static int write(Future<Line> next, BufferedWriter writer, PrintStream err, Progress progress)
            throws IOException, InterruptedException {
        Line line;
        try {
            line = next.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("summarizing a batch line failed unexpectedly", e.getCause());
        }
        writer.write(line.json());
        writer.newLine();
        progress.step();
        if (line.error() != null) {
            err.println("precis: line " + line.number() + ": " + line.error());
            return 1;
        }
        return 0;
    }

    private static long countLines(Path in) throws IOException {
        try (var lines = Files.lines(in, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (NoSuchFileException e) {
            throw new CliException(in + ": no such file");
        } catch (java.io.UncheckedIOException e) {
            throw new CliException(in + ": not UTF-8 text");
        }
    }
}
