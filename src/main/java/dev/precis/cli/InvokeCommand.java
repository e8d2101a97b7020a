package dev.precis.cli;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.precis.config.SettingsException;
import dev.precis.lambda.RecordsFailedException;
import dev.precis.lambda.S3EventHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code invoke EVENT.json}: runs the Lambda handler in-process on an S3 event, as
 * {@code sam local invoke} would: the event read into the same {@link S3Event} the Lambda runtime
 * builds, the handler built by its no-argument constructor (settings from TABLE_NAME etc.,
 * endpoints, region and credentials from the SDK's standard settings), its result printed as JSON.
 * Like Lambda's REPORT line, one line on stderr gives the init and invocation durations
 * ({@code precis invoke: init 412 ms, invocation 95 ms}); the cold-start benchmark reads it.
 */
final class InvokeCommand {
    static final String USAGE = "invoke EVENT.json";

    private InvokeCommand() {}

    static void run(String[] args, PrintStream out) throws IOException {
        if (args.length != 2) throw new CliException("usage: precis " + USAGE, 2);
        S3Event event = readEvent(args[1]);
        long start = System.nanoTime();
        S3EventHandler handler;
        try {
            handler = new S3EventHandler();
        } catch (SettingsException e) {
            throw new CliException(e.getMessage());
        }
        long initialized = System.nanoTime();
        Map<String, Object> result = invoke(handler, event);
        long invoked = System.nanoTime();
        System.err.println("precis invoke: init " + (initialized - start) / 1_000_000 + " ms, invocation " + (invoked - initialized) / 1_000_000 + " ms");
        out.println(Json.pretty(result));
    }

    static Map<String, Object> invoke(S3EventHandler handler, S3Event event) {
        try {
            return handler.handleRequest(event, new LocalContext());
        } catch (RecordsFailedException e) {
            throw new CliException(e.getMessage() + (e.retryable() ? ": Lambda would retry this event" : ""));
        }
    }

    static S3Event readEvent(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return parse(in, file);
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such file");
        }
    }

    static S3Event parseEvent(String json) {
        return parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "event");
    }

    private static S3Event parse(InputStream in, String label) {
        S3Event event;
        try {
            event = S3EventJson.read(in);
        } catch (IOException | RuntimeException e) {
            throw new CliException(label + ": not an S3 event (" + e.getClass().getSimpleName() + ")");
        }
        if (event == null || event.getRecords() == null || event.getRecords().isEmpty()) throw new CliException(label + ": an S3 event has Records; this has none");
        return event;
    }
}
