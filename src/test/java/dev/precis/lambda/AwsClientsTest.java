package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.pipeline.Deadline;
import org.junit.jupiter.api.Test;

class AwsClientsTest {
    @Test
    void aDynamoDbCallWithItsRetriesEndsInsideTheDeadlineMargin() {
        assertTrue(AwsClients.DYNAMODB_CALL_TIMEOUT.compareTo(Deadline.MARGIN) < 0,
                "a write started just before the deadline could still be running when Lambda stops the function");
        assertTrue(AwsClients.DYNAMODB_ATTEMPTS > 1, "throttling and network blips deserve a retry inside the call");
    }
}
