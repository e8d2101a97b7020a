package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.config.Settings;
import dev.precis.store.ListingIndex;
import dev.precis.store.TableDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;

/** template.yaml's lookup API: IAM authorization on every route, a read-only function, and the listing index the code queries. */
class LookupTemplateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode tree;

    @BeforeAll
    static void read() throws Exception {
        tree = CloudFormationYaml.tree(Path.of("template.yaml"));
    }

    private static JsonNode resource(String name) {
        return CloudFormationYaml.resource(tree, name);
    }

    private static JsonNode lookupFunction() {
        return resource("LookupFunction").path("Properties");
    }

    /** Every HttpApi event of every function in the template, as (function, event) pairs. */
    private static List<JsonNode[]> httpApiEvents() {
        List<JsonNode[]> events = new ArrayList<>();
        tree.path("Resources").forEach(r -> {
            if (!r.path("Type").asText().equals("AWS::Serverless::Function")) return;
            r.path("Properties").path("Events").forEach(e -> {
                if (e.path("Type").asText().equals("HttpApi")) events.add(new JsonNode[] {r, e});
            });
        });
        return events;
    }

    @Test
    void everyRoute_isOnAnApiWhoseDefaultAuthorizerIsIam_andNoRouteOptsOut() {
        List<JsonNode[]> events = httpApiEvents();
        assertEquals(2, events.size(), "the two lookup routes");
        for (JsonNode[] pair : events) {
            JsonNode properties = pair[1].path("Properties");
            String path = properties.path("Path").asText();
            // without ApiId SAM makes an implicit API with no authorizer at all
            String apiName = properties.path("ApiId").path("Ref").asText();
            assertFalse(apiName.isEmpty(), path + " is not on an API of this template");
            JsonNode api = resource(apiName);
            assertEquals("AWS::Serverless::HttpApi", api.path("Type").asText());
            JsonNode auth = api.path("Properties").path("Auth");
            assertEquals("AWS_IAM", auth.path("DefaultAuthorizer").asText(), apiName);
            assertTrue(auth.path("EnableIamAuthorizer").asBoolean(), apiName);
            assertEquals("AWS_IAM", properties.path("Auth").path("Authorizer").asText(), path + " must say AWS_IAM (never NONE)");
        }
        // and no other kind of API that could serve anonymously
        tree.path("Resources").forEach(r -> {
            String type = r.path("Type").asText();
            assertFalse(type.equals("AWS::Serverless::Api") || type.startsWith("AWS::ApiGateway"), "an API outside the IAM-authorized one: " + type);
            assertFalse(r.path("Properties").has("FunctionUrlConfig"), "a function URL");
        });
    }

    @Test
    void routes_areTheTwoTheHandlerServes() {
        Set<String> routes = new TreeSet<>();
        for (JsonNode[] pair : httpApiEvents()) {
            JsonNode p = pair[1].path("Properties");
            routes.add(p.path("Method").asText() + " " + p.path("Path").asText());
            assertEquals("2.0", p.path("PayloadFormatVersion").asText());
            assertEquals("dev.precis.lambda.LookupHandler::handleRequest", pair[0].path("Properties").path("Handler").asText());
        }
        assertEquals(Set.of(LookupHandler.GET_ROUTE, LookupHandler.LIST_ROUTE), routes);
    }

    @Test
    void lookupFunction_isReadOnly_getItemOnTheTableAndQueryOnTheIndex() {
        JsonNode policies = lookupFunction().path("Policies");
        assertEquals(1, policies.size(), "no policy templates, only the explicit statements");
        Set<String> actions = new HashSet<>();
        policies.path(0).path("Statement").forEach(statement -> {
            assertEquals("Allow", statement.path("Effect").asText());
            List<String> statementActions = new ArrayList<>();
            JsonNode action = statement.path("Action");
            if (action.isArray()) action.forEach(a -> statementActions.add(a.asText()));
            else statementActions.add(action.asText());
            for (String a : statementActions) {
                assertFalse(a.contains("*"), "wildcard action " + a);
                actions.add(a);
                if (a.equals("dynamodb:GetItem")) {
                    assertEquals("SummariesTable", statement.path("Resource").path("Fn::GetAtt").path(0).asText());
                } else if (a.equals("dynamodb:Query")) {
                    assertEquals("${SummariesTable.Arn}/index/" + ListingIndex.NAME, statement.path("Resource").path("Fn::Sub").asText());
                }
            }
        });
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:Query"), actions);
    }

    @Test
    void lookupFunction_namesAHandlerForHttpApiEventsWithTheTableItReads() throws Exception {
        JsonNode f = lookupFunction();
        String[] handler = f.path("Handler").asText().split("::");
        Class<?> type = Class.forName(handler[0]);
        assertTrue(RequestHandler.class.isAssignableFrom(type));
        assertNotNull(type.getMethod(handler[1], APIGatewayV2HTTPEvent.class, Context.class));
        assertNotNull(type.getConstructor(), "the runtime needs a public no-argument constructor");
        assertEquals("SummariesTable", f.path("Environment").path("Variables").path(Settings.TABLE_NAME).path("Ref").asText());
        assertEquals(1, f.path("Environment").path("Variables").size(), "the lookup reads only TABLE_NAME");
        assertEquals("java21", f.path("Runtime").asText());
        assertEquals("arm64", f.path("Architectures").path(0).asText());
        assertEquals("PublishedVersions", f.path("SnapStart").path("ApplyOn").asText());
        assertEquals("target/precis.jar", f.path("CodeUri").asText());
        assertTrue(f.path("MemorySize").asInt() <= 1024);
    }

    @Test
    void table_declaresTheListingIndexTheCodeQueries() {
        JsonNode table = resource("SummariesTable").path("Properties");
        CreateTableRequest code = TableDefinition.createRequest("t");
        GlobalSecondaryIndex index = code.globalSecondaryIndexes().get(0);
        assertEquals(1, table.path("GlobalSecondaryIndexes").size());
        JsonNode declared = table.path("GlobalSecondaryIndexes").path(0);
        assertEquals(index.indexName(), declared.path("IndexName").asText());
        for (int i = 0; i < index.keySchema().size(); i++) {
            assertEquals(index.keySchema().get(i).attributeName(), declared.path("KeySchema").path(i).path("AttributeName").asText());
            assertEquals(index.keySchema().get(i).keyTypeAsString(), declared.path("KeySchema").path(i).path("KeyType").asText());
        }
        assertEquals(index.projection().projectionTypeAsString(), declared.path("Projection").path("ProjectionType").asText());
        List<String> projected = new ArrayList<>();
        declared.path("Projection").path("NonKeyAttributes").forEach(a -> projected.add(a.asText()));
        assertEquals(index.projection().nonKeyAttributes(), projected);

        Map<String, String> definitions = new java.util.HashMap<>();
        table.path("AttributeDefinitions").forEach(d -> definitions.put(d.path("AttributeName").asText(), d.path("AttributeType").asText()));
        Map<String, String> codeDefinitions = new java.util.HashMap<>();
        code.attributeDefinitions().forEach(d -> codeDefinitions.put(d.attributeName(), d.attributeTypeAsString()));
        assertEquals(codeDefinitions, definitions);
    }

    @Test
    void outputs_giveTheApiUrl() {
        assertTrue(tree.path("Outputs").path("LookupApiUrl").path("Value").path("Fn::Sub").asText().contains("${LookupApi}.execute-api."));
    }
}
