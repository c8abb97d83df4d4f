package io.kafkapipeline.common.cassandra;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.ConfigKey;
import java.util.Optional;

/**
 * How a client reaches Cassandra: the settings shared by every component that reads or writes the tables (data-vis,
 * {@code ./pipeline cql}). Credentials may come from {@code <NAME>_FILE} (Docker secrets) and are never printed.
 */
public final class CassandraConfig {

    public static final ConfigKey<String> HOST =
            ConfigKey.string("CASSANDRA_HOST", "127.0.0.1", "Cassandra contact point (host name or address).");
    public static final ConfigKey<Integer> PORT =
            ConfigKey.port("CASSANDRA_PORT", 9042, "Cassandra native protocol (CQL) port.");
    public static final ConfigKey<String> LOCAL_DC = ConfigKey.string(
            "CASSANDRA_LOCAL_DC",
            "datacenter1",
            "Local data centre of the driver's load balancing (the local stack's node is in datacenter1).");
    public static final ConfigKey<String> USERNAME =
            ConfigKey.secret("CASSANDRA_USERNAME", "User name (PasswordAuthenticator); unset means no authentication.");
    public static final ConfigKey<String> PASSWORD =
            ConfigKey.secret("CASSANDRA_PASSWORD", "Password; required when a user name is set.");

    /** A user name and its password. */
    public record Credentials(String username, String password) {
        @Override
        public String toString() {
            return "Credentials[" + username + ", ***]";
        }
    }

    private CassandraConfig() {}

    public static ConfigDef definition() {
        return new ConfigDef().define(HOST, PORT, LOCAL_DC, USERNAME, PASSWORD);
    }

    /** The credentials if both are set; none if neither is; one without the other fails, naming the missing one. */
    public static Optional<Credentials> credentials(Config config) {
        String username = config.get(USERNAME);
        String password = config.get(PASSWORD);
        if (username.isEmpty() && password.isEmpty()) {
            return Optional.empty();
        }
        if (username.isEmpty()) {
            throw new ConfigException(PASSWORD.name() + " is set but " + USERNAME.name() + " is not");
        }
        if (password.isEmpty()) {
            throw new ConfigException(USERNAME.name() + " is set but " + PASSWORD.name() + " is not");
        }
        return Optional.of(new Credentials(username, password));
    }
}
