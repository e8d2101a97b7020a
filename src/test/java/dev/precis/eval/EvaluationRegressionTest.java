package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.SharedData;
import dev.precis.engine.SummaryLength;
import dev.precis.engine.Summarizer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fails when Précis falls below the Lead-3 baseline on the shared development set. */
class EvaluationRegressionTest {

    @Test
    void devSet_precisAtLeastLead3OnRouge1Rouge2AndRougeLsum() throws IOException {
        List<Evaluation.Document> documents = EvaluationData.read(SharedData.require("eval/dev.jsonl"));
        Evaluation.Report report = new Evaluation(Summarizer.load()).run(documents, new SummaryLength.Sentences(3));
        System.out.print(report.table());
        assertEquals(250, report.documents());
        assertAll(
                () -> assertTrue(report.precis().rouge1() >= report.lead().rouge1(), report::table),
                () -> assertTrue(report.precis().rouge2() >= report.lead().rouge2(), report::table),
                () -> assertTrue(report.precis().rougeLsum() >= report.lead().rougeLsum(), report::table),
                // the same splitting must give the published Lead-3 to within the splitter's noise
                () -> assertTrue(Math.abs(report.lead().rouge1() - 41.36) < 1.0, report::table));
    }
}
