package io.kafkapipeline.stack.cql;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import io.kafkapipeline.stack.node.CassandraNode;
import java.net.InetSocketAddress;
import java.time.Duration;

/** Driver sessions for the local node, with timeouts that suit DDL on a busy 2-core machine. */
public final class CqlSessions {

    private CqlSessions() {}

    /** A new session to {@code host:port} (the caller closes it). */
    public static CqlSession open(String host, int port) {
        return open(host, port, null, null);
    }

    /** The same with a user and password (PasswordAuthenticator); a null user means no authentication. */
    public static CqlSession open(String host, int port, String username, String password) {
        DriverConfigLoader loader = DriverConfigLoader.programmaticBuilder()
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30))
                .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, Duration.ofSeconds(10))
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(30))
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, Duration.ofSeconds(30))
                // One node: no need to wait for schema agreement debouncing.
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(50))
                .withDuration(DefaultDriverOption.METADATA_TOPOLOGY_WINDOW, Duration.ofMillis(50))
                .withBoolean(DefaultDriverOption.REQUEST_WARN_IF_SET_KEYSPACE, false)
                // COUNT(*) of a whole table is what status does on purpose; do not echo the server's warning.
                .withBoolean(DefaultDriverOption.REQUEST_LOG_WARNINGS, false)
                // close() returns once in-flight work is done, without the event loops' 2 s quiet period.
                .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
                .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0)
                // After a Cassandra restart, reconnect within 5 s (driver default: up to 60 s).
                .withDuration(DefaultDriverOption.RECONNECTION_BASE_DELAY, Duration.ofMillis(500))
                .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofSeconds(5))
                .build();
        var builder = CqlSession.builder()
                .addContactPoint(new InetSocketAddress(host, port))
                .withLocalDatacenter(CassandraNode.DATACENTER)
                .withConfigLoader(loader);
        if (username != null) {
            builder = builder.withAuthCredentials(username, password == null ? "" : password);
        }
        return builder.build();
    }
}
