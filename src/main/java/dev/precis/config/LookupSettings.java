package dev.precis.config;

import java.util.Map;

/**
 * The lookup API's settings (the Lambda function's and {@code precis serve}'s), read once at start.
 *
 * @param tableName the summaries table ({@code TABLE_NAME}, required)
 */
public record LookupSettings(String tableName) {

    public LookupSettings {
        if (tableName == null || tableName.isBlank()) {
            throw new SettingsException(Settings.TABLE_NAME + " is not set: name the DynamoDB table the summaries are read from");
        }
    }

    public static LookupSettings fromEnvironment() {
        return from(System.getenv());
    }

    public static LookupSettings from(Map<String, String> env) {
        String table = env.get(Settings.TABLE_NAME);
        return new LookupSettings(table == null ? null : table.trim());
    }
}
