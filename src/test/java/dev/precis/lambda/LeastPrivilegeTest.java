package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * template.yaml grants least privilege, checked over every policy in it (so resources added later
 * are held to the same rules): no wildcard action in any Allow, every Allow scoped to this stack's
 * own bucket, table (and its indexes) or queue, only narrow SAM policy templates aimed at those, no
 * managed policies; the documents bucket refuses plain HTTP; every HTTP API route needs IAM auth.
 * Each rule is also run on a deliberately broken copy, so it is known to be able to fail.
 */
class LeastPrivilegeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a statement may be scoped to. */
    private static final Set<String> SCOPABLE = Set.of("AWS::S3::Bucket", "AWS::DynamoDB::Table", "AWS::SQS::Queue");
    /** SAM policy templates that grant reads or single-purpose writes on one named resource, and the parameter that names it. */
    private static final Map<String, String> NARROW_TEMPLATES = Map.of(
            "S3ReadPolicy", "BucketName",
            "DynamoDBReadPolicy", "TableName",
            "SQSSendMessagePolicy", "QueueName");
    private static final Pattern SUB_REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9]+)(?:\\.[A-Za-z]+)?}");

    private static JsonNode tree;

    @BeforeAll
    static void read() throws Exception {
        tree = JSON.valueToTree(CloudFormationYaml.read(Path.of("template.yaml")));
    }

    @Test
    void policies_grantNoWildcardAndOnlyThisStacksResources() {
        assertEquals(List.of(), violations(tree));
        assertFalse(statements(tree).isEmpty(), "no policy statements found: the check saw nothing");
    }

    @Test
    void policies_check_catchesAWildcardActionAWildcardResourceAForeignArnAndABroadTemplate() {
        for (String broken : List.of(
                "{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\",\"Resource\":{\"Fn::GetAtt\":[\"SummariesTable\",\"Arn\"]}}",
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::someone-elses-bucket/*\"}",
                "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":{\"Fn::GetAtt\":[\"SummariesTable\",\"Arn\"]}}")) {
            JsonNode copy = tree.deepCopy();
            ArrayNode policies = (ArrayNode) copy.path("Resources").path("SummarizeFunction").path("Properties").path("Policies");
            ObjectNode policy = JSON.createObjectNode();
            policy.set("Statement", JSON.createArrayNode().add(parse(broken)));
            policies.add(policy);
            assertFalse(violations(copy).isEmpty(), "not caught: " + broken);
        }
        JsonNode copy = tree.deepCopy();
        ((ArrayNode) copy.path("Resources").path("SummarizeFunction").path("Properties").path("Policies"))
                .add(parse("{\"DynamoDBCrudPolicy\":{\"TableName\":{\"Ref\":\"SummariesTable\"}}}"));
        assertFalse(violations(copy).isEmpty(), "a CRUD policy template was accepted");
        copy = tree.deepCopy();
        ((ArrayNode) copy.path("Resources").path("SummarizeFunction").path("Properties").path("Policies")).add("AmazonS3FullAccess");
        assertFalse(violations(copy).isEmpty(), "a managed policy was accepted");
    }

    @Test
    void bucket_deniesEveryRequestWithoutTls() {
        assertEquals(List.of(), tlsViolations(tree));
        JsonNode copy = tree.deepCopy();
        ((ObjectNode) copy.path("Resources").path("DocumentsBucketPolicy").path("Properties").path("PolicyDocument").path("Statement").path(0))
                .put("Effect", "Allow");
        assertFalse(tlsViolations(copy).isEmpty(), "the TLS check cannot fail");
    }

    @Test
    void httpApiRoutes_allRequireIamAuth() {
        assertEquals(List.of(), authViolations(tree));
        JsonNode copy = tree.deepCopy();
        ObjectNode function = (ObjectNode) copy.path("Resources").path("SummarizeFunction").path("Properties");
        ObjectNode events = function.has("Events") ? (ObjectNode) function.get("Events") : function.putObject("Events");
        events.set("OpenRoute", parse("{\"Type\":\"HttpApi\",\"Properties\":{\"Path\":\"/open\",\"Method\":\"GET\"}}"));
        assertFalse(authViolations(copy).isEmpty(), "a route without IAM auth was accepted");
    }

    // ---- the rules ----

    private static List<String> violations(JsonNode template) {
        List<String> out = new ArrayList<>();
        Set<String> own = scopableResources(template);
        for (JsonNode statement : statements(template)) {
            if (!"Allow".equals(statement.path("Effect").asText())) continue;
            if (statement.has("NotAction") || statement.has("NotResource")) out.add("NotAction/NotResource in " + statement);
            for (JsonNode action : list(statement.path("Action"))) {
                if (action.asText().contains("*")) out.add("wildcard action " + action.asText());
            }
            JsonNode resources = statement.path("Resource");
            if (resources.isMissingNode()) out.add("no resource in " + statement);
            for (JsonNode resource : list(resources)) {
                if (!refersOnlyTo(resource, own)) out.add("resource not of this stack's bucket, table or queue: " + resource);
            }
        }
        forEachFunctionPolicy(template, policy -> {
            if (policy.isTextual()) {
                out.add("managed policy " + policy.asText());
                return;
            }
            Iterator<String> names = policy.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (name.equals("Statement")) continue;
                String parameter = NARROW_TEMPLATES.get(name);
                if (parameter == null) {
                    out.add("policy template " + name + " is not a narrow one");
                } else if (!namesOwnResource(policy.path(name).path(parameter), own, template)) {
                    out.add(name + " is not aimed at this stack's resource: " + policy.path(name));
                }
            }
        });
        template.path("Resources").forEach(resource -> {
            if (resource.path("Properties").has("ManagedPolicyArns")) out.add("managed policies on " + resource.path("Type").asText());
        });
        return out;
    }

    private static List<String> tlsViolations(JsonNode template) {
        List<String> out = new ArrayList<>();
        JsonNode statements = template.path("Resources").path("DocumentsBucketPolicy").path("Properties").path("PolicyDocument").path("Statement");
        boolean denied = false;
        for (JsonNode s : statements) {
            boolean tls = "Deny".equals(s.path("Effect").asText()) && "*".equals(s.path("Principal").asText())
                    && "s3:*".equals(s.path("Action").asText())
                    && "false".equals(s.path("Condition").path("Bool").path("aws:SecureTransport").asText());
            String resources = s.path("Resource").toString();
            if (tls && resources.contains("DocumentsBucket.Arn}/*") && resources.contains("[\"DocumentsBucket\",\"Arn\"]")) denied = true;
        }
        if (!denied) out.add("no statement denies s3:* without TLS on the bucket and its objects");
        if (!"DocumentsBucket".equals(template.path("Resources").path("DocumentsBucketPolicy").path("Properties").path("Bucket").path("Ref").asText())) {
            out.add("the TLS policy is not on the documents bucket");
        }
        return out;
    }

    private static List<String> authViolations(JsonNode template) {
        List<String> out = new ArrayList<>();
        template.path("Resources").fields().forEachRemaining(resource -> {
            JsonNode events = resource.getValue().path("Properties").path("Events");
            events.fields().forEachRemaining(event -> {
                String type = event.getValue().path("Type").asText();
                if (!type.equals("HttpApi") && !type.equals("Api")) return;
                String authorizer = event.getValue().path("Properties").path("Auth").path("Authorizer").asText(null);
                if (authorizer == null) authorizer = apiDefaultAuthorizer(template, event.getValue().path("Properties"), type);
                if (!"AWS_IAM".equals(authorizer)) out.add(resource.getKey() + "." + event.getKey() + " has authorizer " + authorizer);
            });
        });
        return out;
    }

    /** The DefaultAuthorizer of the API the event names (or of SAM's implicit API, which has none). */
    private static String apiDefaultAuthorizer(JsonNode template, JsonNode eventProperties, String type) {
        String api = eventProperties.path(type.equals("HttpApi") ? "ApiId" : "RestApiId").path("Ref").asText(null);
        if (api == null) return null;
        return template.path("Resources").path(api).path("Properties").path("Auth").path("DefaultAuthorizer").asText(null);
    }

    // ---- reading the template ----

    /** Every policy statement: function policies, roles, policies, bucket and queue policies. */
    private static List<JsonNode> statements(JsonNode template) {
        List<JsonNode> out = new ArrayList<>();
        forEachFunctionPolicy(template, policy -> list(policy.path("Statement")).forEach(out::add));
        template.path("Resources").forEach(resource -> {
            JsonNode properties = resource.path("Properties");
            list(properties.path("PolicyDocument").path("Statement")).forEach(out::add);
            for (JsonNode policy : list(properties.path("Policies"))) list(policy.path("PolicyDocument").path("Statement")).forEach(out::add);
        });
        return out;
    }

    private static void forEachFunctionPolicy(JsonNode template, java.util.function.Consumer<JsonNode> action) {
        template.path("Resources").forEach(resource -> {
            if ("AWS::Serverless::Function".equals(resource.path("Type").asText())) list(resource.path("Properties").path("Policies")).forEach(action);
        });
    }

    private static Set<String> scopableResources(JsonNode template) {
        Set<String> out = new java.util.HashSet<>();
        template.path("Resources").fields().forEachRemaining(e -> {
            if (SCOPABLE.contains(e.getValue().path("Type").asText())) out.add(e.getKey());
        });
        return out;
    }

    /** A resource expression built only from references to {@code own} resources (a plain string ARN is foreign). */
    private static boolean refersOnlyTo(JsonNode resource, Set<String> own) {
        if (resource.isTextual()) return false;
        if (resource.has("Fn::GetAtt")) return own.contains(resource.path("Fn::GetAtt").path(0).asText());
        if (resource.has("Ref")) return own.contains(resource.path("Ref").asText());
        if (resource.has("Fn::Sub")) {
            String sub = resource.path("Fn::Sub").isArray() ? resource.path("Fn::Sub").path(0).asText() : resource.path("Fn::Sub").asText();
            if (sub.contains("*") && !sub.matches(".*\\}/\\*$|.*/index/\\*$")) return false; // only "all objects" or "all indexes" of one resource
            Matcher m = SUB_REFERENCE.matcher(sub);
            boolean any = false;
            while (m.find()) {
                if (m.group(1).startsWith("AWS")) continue;
                if (!own.contains(m.group(1))) return false;
                any = true;
            }
            return any && sub.startsWith("${");
        }
        return false;
    }

    /** A template parameter naming one of {@code own}: a Ref or GetAtt of it, or the very expression the resource names itself with. */
    private static boolean namesOwnResource(JsonNode value, Set<String> own, JsonNode template) {
        if (value.has("Ref") || value.has("Fn::GetAtt")) return refersOnlyTo(value, own);
        for (String name : own) {
            JsonNode properties = template.path("Resources").path(name).path("Properties");
            for (String field : List.of("BucketName", "TableName", "QueueName")) {
                if (!properties.path(field).isMissingNode() && properties.path(field).equals(value)) return true;
            }
        }
        return false;
    }

    private static Iterable<JsonNode> list(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return List.of();
        if (node.isArray()) return node;
        return List.of(node);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    @Test
    void scopeCheck_acceptsAnIndexOfTheTableAndRejectsOneOfAnotherTable() {
        Set<String> own = Set.of("SummariesTable");
        assertTrue(refersOnlyTo(parse("{\"Fn::Sub\":\"${SummariesTable.Arn}/index/by-key\"}"), own));
        assertFalse(refersOnlyTo(parse("{\"Fn::Sub\":\"${OtherTable.Arn}/index/by-key\"}"), own));
        assertFalse(refersOnlyTo(parse("{\"Fn::Sub\":\"arn:aws:dynamodb:*:*:table/*\"}"), own));
    }
}
