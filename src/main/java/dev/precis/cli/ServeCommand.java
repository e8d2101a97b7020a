package dev.precis.cli;

import dev.precis.config.LookupSettings;
import dev.precis.config.SettingsException;
import dev.precis.lambda.AwsClients;
import dev.precis.log.JsonLog;
import dev.precis.lookup.LocalHttpServer;
import dev.precis.lookup.LookupApi;
import dev.precis.store.DynamoSummaryReader;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code serve [--port P]}: the lookup API's routes over HTTP on the loopback interface, through the
 * same {@link LookupApi} the Lambda handler uses, against the table named by TABLE_NAME (endpoint,
 * region and credentials from the SDK's standard settings). Runs until the process is stopped.
 */
final class ServeCommand {
    static final String USAGE = "serve [--port P]   (lookup API on http://127.0.0.1:P, default 8080, 0 for any free port)";
    private static final int DEFAULT_PORT = 8080;

    private ServeCommand() {}

    static void run(String[] args, PrintStream out) throws InterruptedException {
        int port = port(args);
        LookupSettings settings;
        try {
            settings = LookupSettings.fromEnvironment();
        } catch (SettingsException e) {
            throw new CliException(e.getMessage());
        }
        DynamoDbClient dynamo = AwsClients.dynamoDbBuilder().build();
        LookupApi api = new LookupApi(new DynamoSummaryReader(dynamo, settings.tableName()), JsonLog.stdout());
        LocalHttpServer server;
        try {
            server = LocalHttpServer.start(api, port);
        } catch (java.io.UncheckedIOException e) {
            throw new CliException(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            dynamo.close();
            stopped.countDown();
        }, "precis-serve-stop"));
        out.println("listening on " + server.uri() + "/summaries (table " + settings.tableName() + ")");
        out.flush();
        stopped.await();
    }

    private static int port(String[] args) {
        if (args.length == 1) return DEFAULT_PORT;
        if (args.length == 3 && args[1].equals("--port")) {
            try {
                int port = Integer.parseInt(args[2]);
                if (port >= 0 && port <= 65535) return port;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new CliException("--port must be a number from 0 to 65535", 2);
        }
        throw new CliException("usage: precis " + USAGE, 2);
    }
}
