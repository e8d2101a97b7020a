package dev.precis.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Which failures are worth another try: throttling, 5xx, timeouts, network trouble and a Lambda deadline too close. */
public final class Retryable {
    private Retryable() {}

    public static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DeadlineExceededException) return true;
            if (t instanceof AwsServiceException service) {
                return service.isThrottlingException() || service.statusCode() >= 500 || service.retryable();
            }
            if (t instanceof SdkClientException || t instanceof IOException || t instanceof UncheckedIOException) return true;
        }
        return false;
    }
}
