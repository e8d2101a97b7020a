package dev.precis.cli;

import dev.precis.engine.SummaryLength;
import dev.precis.engine.Summarizer;
import dev.precis.eval.Evaluation;
import dev.precis.eval.EvaluationData;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    private static List<Evaluation.Document> read(Path data) throws IOException {
        try {
            return EvaluationData.read(data);
        } catch (NoSuchFileException e) {
            throw new CliException(data + ": no such file");
        } catch (EvaluationData.InvalidDataException e) {
            throw new CliException(e.getMessage());
        }
    }
}
