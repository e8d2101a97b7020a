package dev.precis.cli;

import dev.precis.config.SettingsException;
import dev.precis.lambda.MalformedEventException;
import dev.precis.lambda.RecordsFailedException;
import dev.precis.lambda.S3EventHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code invoke EVENT.json}: runs the Lambda handler in-process on an S3 event, as
 * {@code sam local invoke} would: the handler built by its no-argument constructor (settings from
 * TABLE_NAME etc., endpoints, region and credentials from the SDK's standard settings), the file's
 * bytes handed to its stream entry point as the Lambda runtime hands the body, the JSON it writes
 * printed. Like Lambda's REPORT line, one line on stderr gives the init and invocation durations
 * ({@code precis invoke: init 412 ms, invocation 95 ms}); the cold-start benchmark reads it.
 */
final class InvokeCommand {
    static final String USAGE = "invoke EVENT.json";

    private InvokeCommand() {}

    static void run(String[] args, PrintStream out) throws IOException {
        if (args.length != 2) throw new CliException("usage: precis " + USAGE, 2);
        String file = args[1];
        byte[] event = readEvent(file);
        long start = System.nanoTime();
        S3EventHandler handler;
        try {
            handler = new S3EventHandler();
        } catch (SettingsException e) {
            throw new CliException(e.getMessage());
        }
        long initialized = System.nanoTime();
        Object result = invoke(handler, event, file);
        long invoked = System.nanoTime();
        System.err.println("precis invoke: init " + (initialized - start) / 1_000_000 + " ms, invocation " + (invoked - initialized) / 1_000_000 + " ms");
        out.println(Json.pretty(result));
    }

    /**
     * The event's bytes through the handler's stream entry point, as Lambda delivers them.
     *
     * @param label names the event in errors (the file)
     * @return the result the handler wrote, read back from its JSON
     */
    static Object invoke(S3EventHandler handler, byte[] event, String label) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), result, new LocalContext());
        } catch (MalformedEventException e) {
            throw new CliException(label + ": " + e.getMessage());
        } catch (RecordsFailedException e) {
            throw new CliException(e.getMessage() + (e.retryable() ? ": Lambda would retry this event" : ""));
        }
        return Json.read(new ByteArrayInputStream(result.toByteArray()));
    }

    static byte[] readEvent(String file) throws IOException {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such file");
        }
    }
}
