package dev.precis.cli;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The Lambda context of an in-process invocation: a fresh request id, the template's memory and
 * timeout; the remaining time counts down as the runtime's does.
 */
public final class LocalContext implements Context {
    private final String requestId = UUID.randomUUID().toString();
    private final long deadline;

    /** The template's timeout (120 s) from now. */
    public LocalContext() {
        this(120_000);
    }

    /** {@code remainingMillis} from now (tests of the deadline handling). */
    public LocalContext(long remainingMillis) {
        this.deadline = System.currentTimeMillis() + remainingMillis;
    }

    @Override public String getAwsRequestId() { return requestId; }
    @Override public String getLogGroupName() { return "/aws/lambda/precis-local"; }
    @Override public String getLogStreamName() { return "local"; }
    @Override public String getFunctionName() { return "precis-local"; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:local:000000000000:function:precis-local"; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return (int) Math.max(0, deadline - System.currentTimeMillis()); }
    @Override public int getMemoryLimitInMB() { return (int) (Runtime.getRuntime().maxMemory() / (1024 * 1024)); }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override public void log(String message) { System.out.println(message); }
            @Override public void log(byte[] message) { System.out.println(new String(message, StandardCharsets.UTF_8)); }
        };
    }
}
