package dev.precis.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.s3.model.S3Exception;

class RetryableTest {

    private static S3Exception s3(int status, String code) {
        return (S3Exception) S3Exception.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).build();
    }

    @Test
    void networkTimeoutsThrottlingAnd5xxAreRetryable() {
        assertTrue(Retryable.isRetryable(SdkClientException.create("Unable to execute HTTP request")));
        assertTrue(Retryable.isRetryable(ApiCallTimeoutException.create(1000)));
        assertTrue(Retryable.isRetryable(new UncheckedIOException(new IOException("reset"))));
        assertTrue(Retryable.isRetryable(s3(503, "SlowDown")));
        assertTrue(Retryable.isRetryable(s3(500, "InternalError")));
        assertTrue(Retryable.isRetryable(ProvisionedThroughputExceededException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build()).build()));
        assertTrue(Retryable.isRetryable(new RuntimeException("wrapped", SdkClientException.create("x"))));
    }

    @Test
    void clientErrorsAndBugsAreNot() {
        assertFalse(Retryable.isRetryable(s3(403, "AccessDenied")));
        assertFalse(Retryable.isRetryable(DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException").build()).build()));
        assertFalse(Retryable.isRetryable(new IllegalStateException("bug")));
    }
}
