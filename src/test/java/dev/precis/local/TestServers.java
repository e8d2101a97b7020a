package dev.precis.local;

/**
 * One pair of local servers for all integration tests of a JVM run: started on first use, stopped
 * by the JVM shutdown hook {@link LocalServers} registers. Tests use their own keys and tables.
 */
public final class TestServers {
    private static LocalServers servers;

    private TestServers() {}

    public static synchronized LocalServers get() {
        if (servers == null) servers = LocalServers.start(LocalServers.nodeModules());
        return servers;
    }
}
