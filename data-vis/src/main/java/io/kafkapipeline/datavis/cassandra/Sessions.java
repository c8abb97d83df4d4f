package io.kafkapipeline.datavis.cassandra;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import io.kafkapipeline.datavis.DataVisException;
import io.kafkapipeline.datavis.config.DataVisConfig;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens driver sessions from a {@link DataVisConfig}. */
public final class Sessions {

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);

    private Sessions() {}

    /**
     * A new session (the caller closes it). The driver's configuration is loaded with this library's class loader,
     * so it is found even when a notebook kernel added the jars at run time; timeouts suit a busy single node.
     */
    public static CqlSession open(DataVisConfig config) {
        ClassLoader classLoader = Sessions.class.getClassLoader();
        DriverConfigLoader loader = DriverConfigLoader.programmaticBuilder(classLoader)
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30))
                .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, Duration.ofSeconds(10))
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(30))
                .withBoolean(DefaultDriverOption.REQUEST_WARN_IF_SET_KEYSPACE, false)
                // close() returns once in-flight work is done, without the event loops' 2 s quiet period.
                .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
                .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0)
                // After a Cassandra restart, reconnect within 10 s (driver default: up to 60 s).
                .withDuration(DefaultDriverOption.RECONNECTION_BASE_DELAY, Duration.ofMillis(500))
                .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofSeconds(10))
                .build();
        CqlSessionBuilder builder = CqlSession.builder()
                .withClassLoader(classLoader)
                .withConfigLoader(loader)
                .addContactPoint(new InetSocketAddress(config.host(), config.port()))
                .withLocalDatacenter(config.localDc());
        if (config.username().isPresent()) {
            builder = builder.withAuthCredentials(
                    config.username().get(), config.password().orElseThrow());
        }
        log.info("Connecting to Cassandra at {} (dc {})", config.address(), config.localDc());
        try {
            return builder.build();
        } catch (AllNodesFailedException e) {
            throw new DataVisException(
                    "cannot connect to Cassandra at " + config.address() + ": no node answered"
                            + " (check CASSANDRA_HOST and CASSANDRA_PORT; ./pipeline up starts the local node)",
                    e);
        } catch (AuthenticationException e) {
            throw new DataVisException(
                    "Cassandra at " + config.address() + " refused the credentials"
                            + " (CASSANDRA_USERNAME, CASSANDRA_PASSWORD): " + firstLine(e.getMessage()),
                    e);
        } catch (DriverException | IllegalStateException e) {
            throw new DataVisException(
                    "cannot connect to Cassandra at " + config.address() + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** The first line of a driver message (they can list every node tried, one per line). */
    public static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
