package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.pipeline.LocalPipeline;
import dev.precis.store.DynamoSummaryReader;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/**
 * The lookup function's SnapStart priming against the local DynamoDB server: the real GetItem and
 * listing Query, and the found part beside them, whose canned item never reaches the table.
 */
class LookupPrimingIT {
    @Test
    void priming_readsTheNeverWrittenKeyAndAnEmptyListingPage() {
        LocalPipeline local = LocalPipeline.get();
        LookupHandler handler = new LookupHandler(new DynamoSummaryReader(local.dynamo, LocalPipeline.TABLE), Region.US_EAST_1);

        handler.priming().beforeCheckpoint(null);

        LookupPriming.Report report = handler.priming().lastReport();
        assertEquals(404, report.getStatus(), "the found part's item never reaches the real table: " + report);
        assertEquals(200, report.listStatus(), report.toString());
        assertTrue(report.tableReached());
        assertTrue(report.foundServed(), "the found part's GET and page answered 200 from canned answers");
    }
}
