package io.kafkapipeline.datavis.config;

import io.kafkapipeline.datavis.DataVisException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How data-vis reaches Cassandra: every setting is an environment variable with a documented default, read once by
 * {@link #fromEnvironment(Map)}; a bad value fails there with a message naming the variable.
 *
 * <p>{@link Setting} is the single list of keys; the README's table and {@code data-vis --help} show it.
 */
public final class DataVisConfig {

    /** The keyspace of the pipeline's tables (cassandra/schema/001-keyspace.cql). */
    public static final String KEYSPACE = "kafkapipeline";

    /** The settings, with the environment variable, the default and what it does. */
    public enum Setting {
        CASSANDRA_HOST("127.0.0.1", "Cassandra contact point (host name or address)."),
        CASSANDRA_PORT("9042", "Cassandra native protocol (CQL) port."),
        CASSANDRA_LOCAL_DC("datacenter1", "Local data centre of the driver's load balancing (the node's dc)."),
        CASSANDRA_USERNAME("unset", "User name (PasswordAuthenticator); unset means no authentication."),
        CASSANDRA_USERNAME_FILE("unset", "File holding the user name (Docker secrets); not with CASSANDRA_USERNAME."),
        CASSANDRA_PASSWORD("unset", "Password; required when a user name is set."),
        CASSANDRA_PASSWORD_FILE("unset", "File holding the password; not with CASSANDRA_PASSWORD.");

        private final String defaultText;
        private final String doc;

        Setting(String defaultText, String doc) {
            this.defaultText = defaultText;
            this.doc = doc;
        }

        public String defaultText() {
            return defaultText;
        }

        public String doc() {
            return doc;
        }
    }

    private final String host;
    private final int port;
    private final String localDc;
    private final String username;
    private final String password;

    private DataVisConfig(String host, int port, String localDc, String username, String password) {
        this.host = host;
        this.port = port;
        this.localDc = localDc;
        this.username = username;
        this.password = password;
    }

    /** Reads the settings from the process environment. */
    public static DataVisConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** Reads every {@link Setting} from {@code env}. */
    public static DataVisConfig fromEnvironment(Map<String, String> env) {
        String host = value(env, Setting.CASSANDRA_HOST).orElse(Setting.CASSANDRA_HOST.defaultText());
        int port = value(env, Setting.CASSANDRA_PORT).map(DataVisConfig::port).orElse(9042);
        String dc = value(env, Setting.CASSANDRA_LOCAL_DC).orElse(Setting.CASSANDRA_LOCAL_DC.defaultText());
        String username = secret(env, Setting.CASSANDRA_USERNAME, Setting.CASSANDRA_USERNAME_FILE);
        String password = secret(env, Setting.CASSANDRA_PASSWORD, Setting.CASSANDRA_PASSWORD_FILE);
        if (username == null && password != null) {
            throw new DataVisException("CASSANDRA_PASSWORD is set but CASSANDRA_USERNAME is not");
        }
        if (username != null && password == null) {
            throw new DataVisException("CASSANDRA_USERNAME is set but CASSANDRA_PASSWORD is not");
        }
        return new DataVisConfig(host, port, dc, username, password);
    }

    /** The given address and data centre, no authentication. */
    public static DataVisConfig of(String host, int port, String localDc) {
        return new DataVisConfig(host, port, localDc, null, null);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String localDc() {
        return localDc;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** {@code host:port}. */
    public String address() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return "DataVisConfig{" + address() + ", dc=" + localDc
                + (username != null ? ", user=" + username + ", password=****" : "") + "}";
    }

    private static Optional<String> value(Map<String, String> env, Setting setting) {
        String v = env.get(setting.name());
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataVisException("CASSANDRA_PORT must be a port number (1-65535), not '" + text + "'");
    }

    private static String secret(Map<String, String> env, Setting direct, Setting file) {
        Optional<String> value = value(env, direct);
        Optional<String> path = value(env, file);
        if (value.isPresent() && path.isPresent()) {
            throw new DataVisException("set " + direct.name() + " or " + file.name() + ", not both");
        }
        if (path.isEmpty()) {
            return value.orElse(null);
        }
        try {
            String content = Files.readString(Path.of(path.get())).strip();
            if (content.isEmpty()) {
                throw new DataVisException(file.name() + " names an empty file: " + path.get());
            }
            return content;
        } catch (IOException e) {
            throw new DataVisException(file.name() + ": cannot read " + path.get() + " (" + e + ")", e);
        }
    }
}
