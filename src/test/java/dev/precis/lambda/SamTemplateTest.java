package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.precis.config.Settings;
import dev.precis.store.TableDefinition;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/** template.yaml: valid SAM, and saying what the code expects (handler, settings, table key, least privilege). */
class SamTemplateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, Object> template;
    private static JsonNode tree;

    @BeforeAll
    static void read() throws Exception {
        template = CloudFormationYaml.read(Path.of("template.yaml"));
        tree = JSON.valueToTree(template);
    }

    private static JsonNode resource(String name) {
        return CloudFormationYaml.resource(tree, name);
    }

    private static JsonNode function() {
        return resource("SummarizeFunction").path("Properties");
    }

    @Test
    void template_validatesAgainstTheSamSchema() throws Exception {
        Path shared = Path.of(System.getProperty("precis.shared.dir", "../shared"));
        Path schemaFile = shared.resolve("schemas/sam.schema.json");
        Assumptions.assumeTrue(Files.isRegularFile(schemaFile),
                "skipped: " + schemaFile + " is absent (set -Dprecis.shared.dir to the folder that holds schemas/sam.schema.json)");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(tree);
        assertTrue(errors.isEmpty(), () -> errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("\n")));

        // the schema must be able to fail: a function property SAM does not know
        JsonNode broken = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("Resources").path("SummarizeFunction").path("Properties")).put("Handlr", "x");
        assertFalse(schema.validate(broken).isEmpty(), "the schema accepted an unknown function property");
    }

    @Test
    void handler_namesAnExistingStreamHandlerForS3Events() throws Exception {
        String handler = function().path("Handler").asText();
        String[] parts = handler.split("::");
        assertEquals(2, parts.length, handler);
        Class<?> type = Class.forName(parts[0]);
        assertTrue(RequestStreamHandler.class.isAssignableFrom(type), type + " is not a RequestStreamHandler");
        assertNotNull(type.getMethod(parts[1], InputStream.class, OutputStream.class, Context.class));
        // the runtime picks among public methods of that name: only the stream entry point may have it
        assertEquals(1, Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(parts[1])).count(), "overloads of " + parts[1]);
        assertNotNull(type.getConstructor(), "the runtime needs a public no-argument constructor");
    }

    @Test
    void function_isJava21Arm64WithSnapStartOnAPublishedAliasAndJsonLogs() {
        JsonNode f = function();
        assertEquals("java21", f.path("Runtime").asText());
        assertEquals("arm64", f.path("Architectures").path(0).asText());
        assertEquals("PublishedVersions", f.path("SnapStart").path("ApplyOn").asText());
        assertFalse(f.path("AutoPublishAlias").asText().isEmpty());
        assertEquals("JSON", f.path("LoggingConfig").path("LogFormat").asText());
        assertEquals("target/precis.jar", f.path("CodeUri").asText());
    }

    @Test
    void environment_setsExactlyTheSettingsTheCodeReads() {
        JsonNode env = function().path("Environment").path("Variables");
        assertEquals("SummariesTable", env.path(Settings.TABLE_NAME).path("Ref").asText());
        assertEquals("MaxObjectBytes", env.path(Settings.MAX_OBJECT_BYTES).path("Ref").asText());
        assertEquals("SummarySentences", env.path(Settings.SUMMARY_SENTENCES).path("Ref").asText());
        // init probes the bucket the function may read, named as the bucket resource names it (no !Ref: see the policy test)
        assertEquals(resource("DocumentsBucket").path("Properties").path("BucketName"), env.path(Settings.DOCUMENTS_BUCKET));
        // and the parameters' limits are the ones Settings accepts
        assertEquals(Settings.LIMIT_MAX_OBJECT_BYTES, tree.path("Parameters").path("MaxObjectBytes").path("MaxValue").asLong());
        assertEquals(Settings.DEFAULT_MAX_OBJECT_BYTES, tree.path("Parameters").path("MaxObjectBytes").path("Default").asLong());
        assertEquals(Settings.LIMIT_SUMMARY_SENTENCES, tree.path("Parameters").path("SummarySentences").path("MaxValue").asInt());
    }

    @Test
    void table_hasTheKeyTheStoreWritesAndIsOnDemandEncryptedRecoverableAndStreamed() {
        JsonNode table = resource("SummariesTable").path("Properties");
        CreateTableRequest code = TableDefinition.createRequest("t");
        assertEquals(code.billingModeAsString(), table.path("BillingMode").asText());
        assertEquals(code.keySchema().get(0).attributeName(), table.path("KeySchema").path(0).path("AttributeName").asText());
        assertEquals(code.keySchema().get(0).keyTypeAsString(), table.path("KeySchema").path(0).path("KeyType").asText());
        assertEquals(code.keySchema().size(), table.path("KeySchema").size());
        assertEquals(code.attributeDefinitions().get(0).attributeTypeAsString(), table.path("AttributeDefinitions").path(0).path("AttributeType").asText());
        assertTrue(table.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean());
        assertTrue(table.path("SSESpecification").path("SSEEnabled").asBoolean());
        assertFalse(table.path("StreamSpecification").path("StreamViewType").asText().isEmpty());
    }

    @Test
    void bucket_isEncryptedPrivateAndTlsOnly() {
        JsonNode bucket = resource("DocumentsBucket").path("Properties");
        assertFalse(bucket.path("BucketEncryption").isMissingNode());
        JsonNode block = bucket.path("PublicAccessBlockConfiguration");
        for (String setting : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            assertTrue(block.path(setting).asBoolean(), setting);
        }
        JsonNode statement = resource("DocumentsBucketPolicy").path("Properties").path("PolicyDocument").path("Statement").path(0);
        assertEquals("Deny", statement.path("Effect").asText());
        assertEquals("false", statement.path("Condition").path("Bool").path("aws:SecureTransport").asText());
    }

    @Test
    void policies_readTheBucketByNameAndOnlyGetAndPutTableItems() {
        JsonNode policies = function().path("Policies");
        JsonNode s3Read = policies.path(0).path("S3ReadPolicy").path("BucketName");
        assertFalse(s3Read.isMissingNode());
        assertFalse(s3Read.toString().contains("\"Ref\":\"DocumentsBucket\""),
                "a !Ref of the bucket in the function's policy makes bucket, notification and role depend on each other");
        // the policy names the same bucket the bucket resource creates
        assertEquals(resource("DocumentsBucket").path("Properties").path("BucketName"), s3Read);

        JsonNode statements = policies.path(1).path("Statement");
        assertEquals(1, statements.size());
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:PutItem"),
                JSON.convertValue(statements.path(0).path("Action"), Set.class));
        assertEquals("SummariesTable", statements.path(0).path("Resource").path("Fn::GetAtt").path(0).asText());
        assertEquals(2, policies.size(), "no other policies");
        assertFalse(tree.toString().contains("\"Resource\":\"*\""), "a wildcard resource");
    }

    @Test
    void events_coverCreationAndRemovalOfTheDocumentsBucket() {
        JsonNode events = function().path("Events");
        Set<String> kinds = new java.util.TreeSet<>();
        events.forEach(e -> {
            assertEquals("S3", e.path("Type").asText());
            assertEquals("DocumentsBucket", e.path("Properties").path("Bucket").path("Ref").asText());
            assertFalse(e.path("Properties").path("Filter").isMissingNode(), "key filters");
            kinds.add(e.path("Properties").path("Events").asText());
        });
        assertEquals(Set.of("s3:ObjectCreated:*", "s3:ObjectRemoved:*"), kinds);
    }

    @Test
    void failedEvents_goToAQueueAfterBoundedRetries() {
        JsonNode config = function().path("EventInvokeConfig");
        int retries = config.path("MaximumRetryAttempts").asInt(-1);
        assertTrue(retries >= 0 && retries <= 2, "MaximumRetryAttempts " + retries);
        assertTrue(config.path("MaximumEventAgeInSeconds").asInt() >= 60);
        assertEquals("SQS", config.path("DestinationConfig").path("OnFailure").path("Type").asText());
        assertEquals("FailedEventsQueue", config.path("DestinationConfig").path("OnFailure").path("Destination").path("Fn::GetAtt").path(0).asText());
    }

    @Test
    void parametersAndOutputs_coverWhatUsersTuneAndOtherStacksNeed() {
        for (String p : List.of("DocumentsBucketName", "KeyPrefix", "KeySuffix", "SummarySentences", "MaxObjectBytes", "MemorySize")) {
            assertFalse(tree.path("Parameters").path(p).isMissingNode(), "parameter " + p);
        }
        for (String o : List.of("DocumentsBucketName", "SummariesTableName", "SummarizeFunctionArn", "FailedEventsQueueUrl")) {
            assertFalse(tree.path("Outputs").path(o).isMissingNode(), "output " + o);
        }
    }

    @Test
    void javaToolOptions_areBothFunctions_andStartAJvmOnTheirOwn_andWithLambdasFlags() throws Exception {
        String options = tree.path("Globals").path("Function").path("Environment").path("Variables").path("JAVA_TOOL_OPTIONS").asText();
        assertTrue(options.contains("-XX:CICompilerCount=1"), options);
        assertTrue(options.contains("-XX:+UseTransparentHugePages"), options);
        assertTrue(options.contains("-XX:InitialRAMPercentage=25"), options);
        assertTrue(options.contains("-XX:MaxTenuringThreshold=0"), options);
        for (String function : List.of("SummarizeFunction", "LookupFunction")) {
            assertTrue(resource(function).path("Properties").path("Environment").path("Variables").path("JAVA_TOOL_OPTIONS").isMissingNode(),
                    function + " takes the JVM options from Globals");
        }
        // alone and after the JIT and collector flags on the java runtimes' command line, these must give a JVM that starts:
        // one compiler thread is refused unless the JIT stops at C1
        for (List<String> runtimeFlags : List.of(List.<String>of(), List.of("-XX:+UseSerialGC", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1"),
                // a maximum heap from the runtime below the initial one the options ask for: the JVM caps the initial heap
                List.of("-XX:MaxRAM=1769m", "-XX:+UseSerialGC", "-XX:MaxHeapSize=64m"))) {
            String out = finalFlags(runtimeFlags, options);
            assertTrue(out.matches("(?s).*\\bCICompilerCount\\s+= 1\\b.*"), "the JVM runs one compiler thread: " + runtimeFlags);
            if (kernelOffersHugePagesOnRequest()) {
                assertTrue(out.matches("(?s).*\\bUseTransparentHugePages\\s+= true\\b.*"), "the heap asks for huge pages: " + runtimeFlags);
            }
            assertTrue(out.matches("(?s).*\\bMaxTenuringThreshold\\s+= 0\\b.*"), "survivors are promoted at once: " + runtimeFlags);
        }
        // in a function of the template's default memory the heap starts at a quarter of it, so a cold start runs no collection
        String out = finalFlags(List.of("-XX:MaxRAM=1769m", "-XX:+UseSerialGC"), options);
        java.util.regex.Matcher initial = java.util.regex.Pattern.compile("\\bInitialHeapSize\\s+= (\\d+)").matcher(out);
        assertTrue(initial.find(), out);
        assertTrue(Long.parseLong(initial.group(1)) >= 1769L * 1024 * 1024 / 4 - 8 * 1024 * 1024, "initial heap " + initial.group(1));
    }

    /** What {@code -XX:+PrintFlagsFinal} prints for a JVM started with these flags and JAVA_TOOL_OPTIONS; fails if it does not start. */
    private static String finalFlags(List<String> flags, String javaToolOptions) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(flags);
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), flags + ": " + out);
        return out;
    }

    /** Transparent huge pages given on request (madvise) or to every mapping (always); "never" gives none. */
    private static boolean kernelOffersHugePagesOnRequest() throws java.io.IOException {
        Path mode = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        return Files.isReadable(mode) && !Files.readString(mode).contains("[never]");
    }

    @Test
    void envFile_pointsTheTemplatesFunctionAtLocalEndpoints() throws Exception {
        JsonNode env = JSON.readTree(Path.of("events/env.json").toFile());
        assertEquals(1, env.size());
        String function = env.fieldNames().next();
        assertFalse(resource(function).isMissingNode());
        JsonNode vars = env.path(function);
        assertFalse(vars.path(Settings.TABLE_NAME).asText().isEmpty());
        assertTrue(vars.path("AWS_ENDPOINT_URL_S3").asText().startsWith("http://"));
        assertTrue(vars.path("AWS_ENDPOINT_URL_DYNAMODB").asText().startsWith("http://"));
        assertEquals("true", vars.path(Settings.S3_FORCE_PATH_STYLE).asText());
        assertTrue(Files.readString(Path.of("events/object-created.json")).contains("\"" + vars.path(Settings.DOCUMENTS_BUCKET).asText() + "\""),
                "the bucket init probes is the sample events' bucket");
    }
}
