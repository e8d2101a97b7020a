package dev.precis.cli;

import dev.precis.engine.SummaryLength;
import dev.precis.engine.SummaryResult;
import dev.precis.engine.Summarizer;
import dev.precis.extract.ExtractedText;
import dev.precis.extract.TextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/** {@code summarize [--sentences N | --ratio R | --words W] FILE|-}: one JSON object on stdout. */
final class SummarizeCommand {
    static final String USAGE = "summarize [--sentences N | --ratio R | --words W] FILE|-";
    /** The command line reads whole files; this keeps a mistaken argument (a disk image) from exhausting memory. */
    static final int MAX_INPUT_BYTES = 64 * 1024 * 1024;

    private SummarizeCommand() {}

    static void run(String[] args, InputStream stdin, PrintStream out) throws IOException {
        Options options = Options.parse(args, 1, Set.of("--sentences", "--ratio", "--words"));
        if (options.positional().size() != 1) throw new CliException("usage: precis " + USAGE, 2);
        SummaryLength length = options.summaryLength();
        String source = options.positional().get(0);
        byte[] content = source.equals("-") ? readBounded(stdin, "standard input") : readFile(source);
        String name = source.equals("-") ? null : Path.of(source).getFileName().toString();
        String label = source.equals("-") ? "standard input" : source;
        SummaryResult result = DocumentErrors.describe(label, () -> {
            ExtractedText text = new TextExtractor().extract(content, null, name);
            return Summarizer.load().summarize(text.text(), text.title(), length);
        });
        out.println(Json.pretty(result));
    }

    private static byte[] readFile(String file) throws IOException {
        Path path = Path.of(file);
        try (InputStream in = Files.newInputStream(path)) {
            return readBounded(in, file);
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such file");
        } catch (IOException e) {
            throw new CliException(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] readBounded(InputStream in, String label) throws IOException {
        byte[] content = in.readNBytes(MAX_INPUT_BYTES + 1);
        if (content.length > MAX_INPUT_BYTES) throw new CliException(label + ": larger than " + MAX_INPUT_BYTES + " bytes");
        return content;
    }
}
