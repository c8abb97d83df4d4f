package io.kafkapipeline.datavis.config;

import io.kafkapipeline.common.cassandra.CassandraConfig;
import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.Env;
import java.util.Map;
import java.util.Optional;

/**
 * How data-vis reaches Cassandra: the shared client settings of {@link CassandraConfig} (environment variables with
 * documented defaults, {@code _FILE} variants for the credentials), read once; a bad value fails with a
 * {@link io.kafkapipeline.common.config.ConfigException} naming the variable. {@link #definition()} is the list the
 * README's table and {@code --help} are generated from.
 */
public final class DataVisConfig {

    private final String host;
    private final int port;
    private final String localDc;
    private final CassandraConfig.Credentials credentials;

    private DataVisConfig(String host, int port, String localDc, CassandraConfig.Credentials credentials) {
        this.host = host;
        this.port = port;
        this.localDc = localDc;
        this.credentials = credentials;
    }

    /** The settings of data-vis. */
    public static ConfigDef definition() {
        return CassandraConfig.definition();
    }

    /** Reads the settings from the process environment. */
    public static DataVisConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** Reads every setting from {@code env}. */
    public static DataVisConfig fromEnvironment(Map<String, String> env) {
        Config config = definition().parse(Env.of(env));
        return new DataVisConfig(
                config.get(CassandraConfig.HOST),
                config.get(CassandraConfig.PORT),
                config.get(CassandraConfig.LOCAL_DC),
                CassandraConfig.credentials(config).orElse(null));
    }

    /** The given address and data centre, no authentication. */
    public static DataVisConfig of(String host, int port, String localDc) {
        return new DataVisConfig(host, port, localDc, null);
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
        return Optional.ofNullable(credentials).map(CassandraConfig.Credentials::username);
    }

    public Optional<String> password() {
        return Optional.ofNullable(credentials).map(CassandraConfig.Credentials::password);
    }

    /** {@code host:port}. */
    public String address() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return "DataVisConfig{" + address() + ", dc=" + localDc
                + (credentials != null ? ", user=" + credentials.username() + ", password=****" : "") + "}";
    }
}
