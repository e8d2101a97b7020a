package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.pipeline.LocalPipeline;
import dev.precis.store.DynamoSummaryReader;
import org.junit.jupiter.api.Test;

/** The lookup function's SnapStart priming against the local DynamoDB server: the real GetItem and listing Query. */
class LookupPrimingIT {
    @Test
    void priming_readsTheNeverWrittenKeyAndAnEmptyListingPage() {
        LocalPipeline local = LocalPipeline.get();
        LookupHandler handler = new LookupHandler(new DynamoSummaryReader(local.dynamo, LocalPipeline.TABLE));

        handler.priming().beforeCheckpoint(null);

        LookupPriming.Report report = handler.priming().lastReport();
        assertEquals(404, report.getStatus(), report.toString());
        assertEquals(200, report.listStatus(), report.toString());
        assertTrue(report.tableReached());
    }
}
