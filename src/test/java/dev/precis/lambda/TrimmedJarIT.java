package dev.precis.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar after the trim filters of pom.xml (maven-shade-plugin): nothing they removed is needed by
 * what they left. Classes come from the jar alone (a class loader over target/precis.jar whose
 * parent is the platform loader), so a class the filters dropped cannot be found elsewhere; the test
 * classpath, which holds every dependency untrimmed, tells a trimmed class from one that no
 * dependency ever had. The commands that run the jar end to end are SummarizeCommandIT,
 * DemoCommandIT, InvokeCommandIT and ServeCommandIT.
 */
class TrimmedJarIT {
    /**
     * Libraries the dependencies use when present, and that Précis has never shipped. The classes
     * that need them did not link before the trim either (30 classes with SDK 2.57.8, PDFBox 3.0.8,
     * jsoup 1.22.1 and commons-logging 1.4.0; the trim removed 9 of them, S3's CRT client), and
     * nothing Précis runs loads them.
     */
    private static final Map<String, String> ABSENT_OPTIONAL_LIBRARIES = Map.of(
            "software/amazon/awssdk/crt/", "AWS CRT: the SDK's native HTTP client, SigV4a signer and XXHash checksums",
            "org/bouncycastle/", "Bouncy Castle: PDFBox's certificate (public-key) encryption",
            "com/google/re2j/", "RE2/J: jsoup's optional regular expression engine",
            "org/apache/log4j/", "Log4j 1: a commons-logging backend",
            "org/apache/logging/log4j/", "Log4j 2: a commons-logging backend",
            "org/apache/log/", "LogKit: a commons-logging backend",
            "org/apache/avalon/", "Avalon: a commons-logging backend",
            "javax/servlet/", "commons-logging's servlet context cleaner",
            "jakarta/servlet/", "commons-logging's servlet context cleaner");

    /**
     * Classes left in the jar whose bytecode names a class the filters removed. Each was read: the
     * code that names it never runs in Précis, and it does not stop its class from linking.
     */
    private static final Map<String, String> REVIEWED_REFERENCES_TO_TRIMMED = Map.of(
            "opennlp/tools/util/TrainingParameters",
            "setParams(String[]), the command-line tools' parameter parser: training only",
            "software/amazon/awssdk/services/s3/S3AsyncClient",
            "builder(), create(), crtBuilder() and crtCreate(): Précis builds synchronous clients only",
            "software/amazon/awssdk/services/dynamodb/DynamoDbAsyncClient",
            "builder() and create(): Précis builds synchronous clients only",
            "software/amazon/awssdk/services/dynamodb/streams/internal/warmup/DynamoDbStreamsWarmUpProvider",
            "builds a DynamoDB Streams client, only from SdkWarmUp.warmUp(), which Précis never calls; the SDK skips"
                    + " a warm-up whose client is missing (WarmUpDiscovery catches LinkageError)");

    /** Packages the filters trimmed: their classes are also initialized, which runs their static initializers. */
    private static final List<String> TRIMMED_PACKAGES = List.of("com/amazonaws/services/lambda/runtime/events/", "opennlp/tools/",
            "software/amazon/awssdk/services/", "org/apache/pdfbox/");

    private static final Pattern CLASS_NAME = Pattern.compile("^[\\w$./]+$");

    private static Path jarPath;
    private static Map<String, byte[]> classFiles; // internal name -> bytes (the base version of a multi-release class)
    private static URLClassLoader jar;

    @BeforeAll
    static void open() throws IOException {
        jarPath = Path.of(System.getProperty("precis.jar", "target/precis.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jarPath), "skipped: " + jarPath + " is not built (run through `mvn verify`)");
        classFiles = new TreeMap<>();
        try (JarFile file = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) continue;
                try (InputStream in = file.getInputStream(entry)) {
                    classFiles.put(name.substring(0, name.length() - ".class".length()), in.readAllBytes());
                }
            }
        }
        jar = new URLClassLoader(new URL[] {jarPath.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @AfterAll
    static void close() throws IOException {
        if (jar != null) jar.close();
    }

    @Test
    void everyClass_linksAndTrimmedPackagesInitialize_unlessTheyNeedAnAbsentOptionalLibrary() {
        Map<String, String> broken = new TreeMap<>();
        for (String name : classFiles.keySet()) {
            String binaryName = name.replace('/', '.');
            try {
                Class<?> type = Class.forName(binaryName, false, jar);
                // HotSpot links (and so verifies) a class before it lists its members: the verifier loads
                // each class a method body must be checked against, and the members' types load as well
                type.getDeclaredMethods();
                type.getDeclaredFields();
                type.getDeclaredConstructors();
                if (TRIMMED_PACKAGES.stream().anyMatch(name::startsWith)) Class.forName(binaryName, true, jar);
            } catch (ClassNotFoundException | LinkageError e) {
                String missing = missingClass(e);
                if (missing == null || !neverShipped(missing)) broken.put(name, e.toString());
            }
        }
        assertTrue(broken.isEmpty(), "classes in " + jarPath + " that no longer link or initialize:\n" + lines(broken));
    }

    @Test
    void noClassNamesATrimmedClass_butTheReviewedOnes() throws IOException {
        Map<String, Set<String>> toTrimmed = new TreeMap<>();
        Map<String, Boolean> trimmed = new HashMap<>();
        for (Map.Entry<String, byte[]> file : classFiles.entrySet()) {
            for (String used : ClassReferences.of(file.getValue())) {
                if (classFiles.containsKey(used) || !trimmed.computeIfAbsent(used, TrimmedJarIT::inADependency)) continue;
                toTrimmed.computeIfAbsent(file.getKey(), k -> new TreeSet<>()).add(used);
            }
        }
        assertEquals(new TreeSet<>(REVIEWED_REFERENCES_TO_TRIMMED.keySet()), toTrimmed.keySet(),
                "classes naming classes the trim removed (review each, then list it with its reason):\n" + lines(toTrimmed));
    }

    @Test
    void everyServiceProvider_loads() throws Exception {
        Map<String, String> failed = new TreeMap<>();
        try (JarFile file = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : file.stream().filter(e -> e.getName().startsWith("META-INF/services/") && !e.isDirectory()).toList()) {
                String service = entry.getName().substring("META-INF/services/".length());
                List<String> named;
                try (InputStream in = file.getInputStream(entry)) {
                    named = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.replaceAll("#.*", "").strip())
                            .filter(l -> !l.isEmpty()).sorted().toList();
                }
                try {
                    List<String> loaded = ServiceLoader.load(Class.forName(service, false, jar), jar).stream()
                            .map(provider -> provider.get().getClass().getName()).sorted().toList();
                    if (!loaded.equals(named)) failed.put(service, "loaded " + loaded + ", named " + named);
                } catch (ClassNotFoundException | LinkageError | ServiceConfigurationError | RuntimeException e) {
                    failed.put(service, e.toString());
                }
            }
        }
        assertTrue(failed.isEmpty(), "service providers that do not load:\n" + lines(failed));
    }

    /**
     * What the Lambda Java runtime does before and after the handler, on the event classes left in
     * the jar. As in Lambda, the runtime's serializers (aws-lambda-java-serialization, a test
     * dependency here) are in a class loader of their own and the function's classes in a child of
     * it; that also keeps the serializers' cache of event types away from the other tests.
     */
    /**
     * The S3 handler takes the event's bytes (template.yaml's {@code S3EventHandler::handleRequest} resolves to
     * the stream interface, the only public handleRequest), so the S3 event model does not ship. Joda-Time
     * does: the runtime's serializer loads it from the function for any event type, the lookup handler's
     * included (see the test below).
     */
    @Test
    void s3Handler_isAStreamHandler_andTheJarCarriesNoS3EventModel() throws Exception {
        Class<?> handler = Class.forName("dev.precis.lambda.S3EventHandler", false, jar);
        assertTrue(Class.forName("com.amazonaws.services.lambda.runtime.RequestStreamHandler", false, jar).isAssignableFrom(handler));
        assertEquals(List.of("handleRequest(InputStream,OutputStream,Context)"), Arrays.stream(handler.getMethods())
                .filter(m -> m.getName().equals("handleRequest"))
                .map(m -> m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")")))
                .toList());
        List<String> unwanted = classFiles.keySet().stream()
                .filter(n -> n.startsWith("com/amazonaws/services/lambda/runtime/events/models/s3/")
                        || n.equals("com/amazonaws/services/lambda/runtime/events/S3Event"))
                .toList();
        assertEquals(List.of(), unwanted);
    }

    @Test
    void lambdaRuntimeSerializers_readAndWriteTheLookupHandlersEventTypes() throws Exception {
        URL serialization = LambdaEventSerializers.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader runtime = new URLClassLoader(new URL[] {serialization}, ClassLoader.getPlatformClassLoader());
                URLClassLoader function = new URLClassLoader(new URL[] {jarPath.toUri().toURL()}, runtime)) {
            byte[] request;
            try (InputStream in = TrimmedJarIT.class.getResourceAsStream("/dev/precis/lambda/get-summary.json")) {
                request = in.readAllBytes();
            }
            Object httpEvent = fromJson(runtime, function, "com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent", request);
            assertEquals("GET", get(httpEvent, "getRequestContext", "getHttp", "getMethod"));

            Class<?> responseType = Class.forName("com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse", true, function);
            Object response = responseType.getConstructor().newInstance();
            responseType.getMethod("setStatusCode", int.class).invoke(response, 404);
            responseType.getMethod("setBody", String.class).invoke(response, "{\"error\":\"not found\"}");
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            pojoSerializer(runtime).getMethod("toJson", Object.class, OutputStream.class).invoke(serializer(runtime, responseType), response, json);
            String written = json.toString(StandardCharsets.UTF_8);
            assertTrue(written.contains("\"statusCode\":404") && written.contains("not found"), written);
        }
    }

    private static Object fromJson(ClassLoader runtime, ClassLoader function, String eventClass, byte[] json) throws ReflectiveOperationException {
        Object serializer = serializer(runtime, Class.forName(eventClass, true, function));
        return pojoSerializer(runtime).getMethod("fromJson", InputStream.class).invoke(serializer, new ByteArrayInputStream(json));
    }

    /** LambdaEventSerializers.serializerFor(type, its loader), as the runtime calls it for a handler's input or output type. */
    private static Object serializer(ClassLoader runtime, Class<?> type) throws ReflectiveOperationException {
        return Class.forName(LambdaEventSerializers.class.getName(), true, runtime).getMethod("serializerFor", Class.class, ClassLoader.class)
                .invoke(null, type, type.getClassLoader());
    }

    private static Class<?> pojoSerializer(ClassLoader runtime) throws ClassNotFoundException {
        return Class.forName(PojoSerializer.class.getName(), false, runtime);
    }

    /** Calls getters in turn on an object of the jar's classes; "get:N" takes element N of a list. */
    private static Object get(Object target, String... getters) throws ReflectiveOperationException {
        Object value = target;
        for (String getter : getters) {
            if (getter.startsWith("get:")) {
                value = ((List<?>) value).get(Integer.parseInt(getter.substring(4)));
            } else {
                Method method = value.getClass().getMethod(getter);
                value = method.invoke(value);
            }
        }
        return value;
    }

    /** The class whose absence a linkage failure reports, as an internal name, or null. */
    private static String missingClass(Throwable failure) {
        String missing = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                String message = String.valueOf(t.getMessage());
                if (CLASS_NAME.matcher(message).matches()) missing = message.replace('.', '/');
            }
            if (t.getCause() == t) break;
        }
        return missing;
    }

    /** A class of an absent optional library that no dependency holds: it was missing before the trim too. */
    private static boolean neverShipped(String internalName) {
        return ABSENT_OPTIONAL_LIBRARIES.keySet().stream().anyMatch(internalName::startsWith) && !inADependency(internalName);
    }

    /** On the test classpath (every dependency, untrimmed) and not part of the Java runtime. */
    private static boolean inADependency(String internalName) {
        String resource = internalName + ".class";
        return ClassLoader.getPlatformClassLoader().getResource(resource) == null && ClassLoader.getSystemClassLoader().getResource(resource) != null;
    }

    private static String lines(Map<String, ?> map) {
        List<String> out = new ArrayList<>();
        map.forEach((k, v) -> out.add("  " + k + " -> " + v));
        return out.stream().limit(60).collect(Collectors.joining("\n")) + (out.size() > 60 ? "\n  ... " + (out.size() - 60) + " more" : "");
    }
}
