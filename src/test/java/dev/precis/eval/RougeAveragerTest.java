package dev.precis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RougeAveragerTest {

    @Test
    void averagesPerDocumentF1InPercent() {
        RougeAverager averager = new RougeAverager();
        averager.add(new RougeScores(0.5, 0.2, 0.4, 0.45));
        averager.add(new RougeScores(0.3, 0.1, 0.2, 0.25));
        RougeScores mean = averager.meanPercent();
        assertEquals(2, averager.count());
        assertEquals(40.0, mean.rouge1(), 1e-12);
        assertEquals(15.0, mean.rouge2(), 1e-12);
        assertEquals(30.0, mean.rougeL(), 1e-12);
        assertEquals(35.0, mean.rougeLsum(), 1e-12);
    }

    @Test
    void refusesToAverageNothing() {
        assertThrows(IllegalStateException.class, () -> new RougeAverager().meanPercent());
    }
}
