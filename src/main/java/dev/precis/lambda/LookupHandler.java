package dev.precis.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.precis.config.LookupSettings;
import dev.precis.log.JsonLog;
import dev.precis.lookup.ApiResponse;
import dev.precis.lookup.LookupApi;
import dev.precis.store.DynamoSummaryReader;
import dev.precis.store.SummaryReader;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Lambda entry point of the lookup API (API Gateway HTTP API, payload format 2.0): picks the
 * route, hands its parameters to {@link LookupApi}, and maps the answer back. HTTP APIs deliver
 * path parameters already percent-decoded, so {@code bucket} and {@code key} are used as they come;
 * the query string is taken raw and decoded once by {@link LookupApi}.
 */
public final class LookupHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    public static final String GET_ROUTE = "GET /summaries/{bucket}/{key+}";
    public static final String LIST_ROUTE = "GET /summaries";

    private final LookupApi api;
    /** Held here because CRaC keeps registered resources only weakly; null when built for tests. */
    private final LookupPriming priming;

    /**
     * For the Lambda runtime: TABLE_NAME from the environment, the client from the SDK's standard
     * settings, and the SnapStart priming hook registered.
     */
    public LookupHandler() {
        this(AwsClients.dynamoDbBuilder().build(), LookupSettings.fromEnvironment().tableName());
    }

    private LookupHandler(DynamoDbClient dynamo, String tableName) {
        this(new DynamoSummaryReader(dynamo, tableName), dynamo.serviceClientConfiguration().region());
    }

    /** What the runtime's constructor builds, on the given reader, without the priming's found part. */
    LookupHandler(SummaryReader reader) {
        this(reader, null);
    }

    /**
     * What the runtime's constructor builds, on the given reader: the logged API and the priming
     * hook, whose found part's canned client is in {@code region} (null leaves that part out).
     */
    LookupHandler(SummaryReader reader, Region region) {
        this.api = new LookupApi(reader, JsonLog.stdout());
        this.priming = new LookupPriming(new LookupHandler(new LookupApi(reader, JsonLog.discarding())), region);
        org.crac.Core.getGlobalContext().register(priming);
    }

    /** For tests: the given API, no priming hook. */
    public LookupHandler(LookupApi api) {
        this.api = api;
        this.priming = null;
    }

    /** The SnapStart priming hook this handler registered, or null when built from an API. */
    public LookupPriming priming() {
        return priming;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String route = event == null ? null : event.getRouteKey();
        ApiResponse response;
        if (GET_ROUTE.equals(route)) {
            Map<String, String> path = event.getPathParameters() == null ? Map.of() : event.getPathParameters();
            response = api.get(path.get("bucket"), path.get("key"), header(event.getHeaders(), "if-none-match"));
        } else if (LIST_ROUTE.equals(route)) {
            response = api.list(event.getRawQueryString());
        } else {
            response = api.unknownRoute();
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }

    /** HTTP APIs lower-case header names; a repeated header arrives comma-joined, which If-None-Match allows. */
    private static String header(Map<String, String> headers, String name) {
        if (headers == null) return null;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) return header.getValue();
        }
        return null;
    }
}
