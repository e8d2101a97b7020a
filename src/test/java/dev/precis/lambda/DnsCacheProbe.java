package dev.precis.lambda;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by {@link AwsClientsDnsTest}: looks up one name twice, with its address changed
 * in between in the hosts file the JVM resolves from ({@code -Djdk.net.hosts.file}), and prints both
 * answers, so the test sees whether the JVM answered the second time from its cache.
 *
 * <p>Arguments: {@code clients} to load {@link AwsClients} first, as the handlers do before their
 * first request, or {@code none}.
 */
public final class DnsCacheProbe {
    static final String NAME = "dynamodb.precis.test";

    private DnsCacheProbe() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("clients")) AwsClients.dynamoDbBuilder();
        Path hosts = Path.of(System.getProperty("jdk.net.hosts.file"));
        Files.writeString(hosts, "127.0.0.2 " + NAME + "\n");
        System.out.println(InetAddress.getByName(NAME).getHostAddress());
        Files.writeString(hosts, "127.0.0.3 " + NAME + "\n");
        System.out.println(InetAddress.getByName(NAME).getHostAddress());
    }
}
