package dev.precis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.precis.engine.SummaryLength;
import dev.precis.engine.Summarizer;
import dev.precis.eval.Evaluation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code eval --data IN.jsonl [--sentences N]}: ROUGE of Précis and of the Lead-N baseline on the
 * same documents and the same sentence splitting, in one run.
 */
final class EvalCommand {
    static final String USAGE = "eval --data IN.jsonl [--sentences N]";

    private EvalCommand() {}

    static void run(String[] args, PrintStream out) throws IOException {
        Options options = Options.parse(args, 1, Set.of("--data", "--sentences"));
        Path data = Path.of(options.required("--data"));
        int sentences = options.intValue("--sentences", 3);
        if (sentences < 1) throw new CliException("--sentences must be at least 1", 2);
        List<Evaluation.Document> documents = read(data);
        Evaluation.Report report = new Evaluation(Summarizer.load()).run(documents, new SummaryLength.Sentences(sentences));
        out.print(report.table());
    }

    static List<Evaluation.Document> read(Path data) throws IOException {
        List<Evaluation.Document> documents = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                Object node;
                try {
                    node = Json.read(line);
                } catch (JsonProcessingException e) {
                    throw new CliException(data + ": line " + n + ": invalid JSON");
                }
                if (!Json.has(node, "text") || !(Json.field(node, "reference") instanceof List<?> reference)) {
                    throw new CliException(data + ": line " + n + ": needs \"text\" and a \"reference\" list");
                }
                List<String> ref = new ArrayList<>();
                reference.forEach(r -> ref.add(Json.text(r)));
                String title = Json.nonBlankText(node, "title");
                Object id = Json.field(node, "id");
                documents.add(new Evaluation.Document(id == null ? "line " + n : Json.text(id), Json.text(Json.field(node, "text")), title, ref));
            }
        } catch (NoSuchFileException e) {
            throw new CliException(data + ": no such file");
        }
        return documents;
    }
}
