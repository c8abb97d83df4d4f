package io.kafkapipeline.console.config;

import io.kafkapipeline.common.cassandra.CassandraConfig;
import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Range;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Settings of the web console. Unset addresses mean "the local stack of this checkout" (found as
 * {@code ./pipeline status} finds it); set them (or pass {@code --bootstrap-servers}, {@code --connect-url},
 * {@code --cassandra}) to read another deployment.
 */
public final class ConsoleConfig {

    public static final ConfigKey<Integer> PORT = ConfigKey.integer(
            "CONSOLE_PORT", 9000, Range.between(0, 65_535), "HTTP port of the console (0: any free port).");
    public static final ConfigKey<String> BIND_ADDRESS = ConfigKey.string(
            "CONSOLE_BIND_ADDRESS",
            "127.0.0.1",
            "Address the console listens on. Anything but a loopback address is refused unless `CONSOLE_TOKEN` is"
                    + " set.");
    public static final ConfigKey<String> TOKEN = ConfigKey.secret(
            "CONSOLE_TOKEN",
            "Password of the console: when set, every request needs it (HTTP Basic with any user name, or"
                    + " `Authorization: Bearer <token>`). Required to listen on a non-loopback address.");
    public static final ConfigKey<String> BOOTSTRAP_SERVERS = ConfigKey.optionalString(
            "CONSOLE_BOOTSTRAP_SERVERS",
            "Kafka of the deployment to show (`host:port,...`); unset: the local stack's.");
    public static final ConfigKey<String> CONNECT_URL = ConfigKey.optionalString(
            "CONSOLE_CONNECT_URL", "Kafka Connect REST URL of that deployment; unset: the local stack's.");
    public static final ConfigKey<String> CASSANDRA = ConfigKey.optionalString(
            "CONSOLE_CASSANDRA", "Cassandra of that deployment (`host:port`); unset: the local stack's.");
    /** The Cassandra login every client shares (also from {@code _FILE}). */
    public static final ConfigKey<String> CASSANDRA_USERNAME = CassandraConfig.USERNAME;

    public static final ConfigKey<String> CASSANDRA_PASSWORD = CassandraConfig.PASSWORD;
    public static final ConfigKey<String> CONNECTOR_CONFIG_DIR = ConfigKey.optionalString(
            "CONSOLE_CONNECTOR_CONFIG_DIR",
            "Folder of the connector configs (`kafka/connect/*.json`) that define the flows; unset: the"
                    + " checkout's.");
    public static final ConfigKey<Integer> PAGE_SIZE = ConfigKey.integer(
            "CONSOLE_PAGE_SIZE",
            50,
            Range.between(1, 500),
            "Records per page of a topic, dead letters per page, rows of a table.");
    public static final ConfigKey<Integer> MAX_VALUE_CHARS = ConfigKey.integer(
            "CONSOLE_MAX_VALUE_CHARS",
            4_000,
            Range.between(100, 1_000_000),
            "Longer keys, values and headers are cut on the pages, with a marker saying how much was left out.");

    private ConsoleConfig() {}

    public static ConfigDef definition() {
        return new ConfigDef()
                .define(
                        PORT,
                        BIND_ADDRESS,
                        TOKEN,
                        BOOTSTRAP_SERVERS,
                        CONNECT_URL,
                        CASSANDRA,
                        CASSANDRA_USERNAME,
                        CASSANDRA_PASSWORD,
                        CONNECTOR_CONFIG_DIR,
                        PAGE_SIZE,
                        MAX_VALUE_CHARS);
    }

    /**
     * Refuses a bind address beyond this machine without a token: the console can produce, reset offsets and redrive
     * dead letters, so it must not be open to the network.
     */
    public static void checkExposure(String bindAddress, String token) {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(bindAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ConfigException("Invalid " + BIND_ADDRESS.name() + "='" + bindAddress + "': unknown host");
        }
        if (!loopback && (token == null || token.isBlank())) {
            throw new ConfigException(BIND_ADDRESS.name() + "=" + bindAddress
                    + " would open the console to other machines: set " + TOKEN.name() + " (or " + TOKEN.name()
                    + "_FILE) too, or keep the default 127.0.0.1");
        }
    }

    /** Parsed settings, checked together. */
    public static Config check(Config config) {
        checkExposure(config.get(BIND_ADDRESS), config.get(TOKEN));
        return config;
    }
}
