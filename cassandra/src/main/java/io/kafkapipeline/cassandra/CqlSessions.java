package io.kafkapipeline.cassandra;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The one way the project opens driver sessions, with the driver settings of one file,
 * {@code io/kafkapipeline/cassandra/driver.conf} (the driver's {@code application.conf} style: only overrides of its
 * reference.conf). Sessions are thread-safe: open one per process or test and share it; the caller closes it.
 *
 * <p>A node that cannot be reached fails with a {@link CqlConnectException} whose message is one line naming the
 * address ("cannot connect to Cassandra at 127.0.0.1:9042: no node answered").
 */
public final class CqlSessions {

    /** Data centre of the local stack's node (SimpleSnitch) and the driver's default local DC here. */
    public static final String DEFAULT_LOCAL_DC = "datacenter1";

    /** Execution profile with a long request timeout for schema statements: {@code statement.setExecutionProfileName}. */
    public static final String DDL_PROFILE = "ddl";

    /** Base name of the driver settings on the classpath (without {@code .conf}). */
    static final String CONFIG_RESOURCE = "io/kafkapipeline/cassandra/driver";

    /** The same, with schema metadata of the system keyspaces too (the driver leaves them out by default). */
    static final String ALL_KEYSPACES_RESOURCE = "io/kafkapipeline/cassandra/driver-all-keyspaces";

    private CqlSessions() {}

    /** A session to a node without authentication in {@value #DEFAULT_LOCAL_DC} (the local stack's node). */
    public static CqlSession open(String host, int port) {
        return open(host, port, DEFAULT_LOCAL_DC, null, null);
    }

    /** A session to {@code host:port}; {@code username} null means no authentication. */
    public static CqlSession open(String host, int port, String localDc, String username, String password) {
        return open(host, port, localDc, username, password, false);
    }

    /**
     * As {@link #open(String, int, String, String, String)}; with {@code systemKeyspaces} the session's schema
     * metadata also covers the system keyspaces (for a shell's DESCRIBE; costs a longer start).
     */
    public static CqlSession open(
            String host, int port, String localDc, String username, String password, boolean systemKeyspaces) {
        CqlSessionBuilder builder = builder(host, port, localDc)
                .withConfigLoader(configLoader(systemKeyspaces ? ALL_KEYSPACES_RESOURCE : CONFIG_RESOURCE));
        if (username != null) {
            builder = builder.withAuthCredentials(username, password);
        }
        try {
            return builder.build();
        } catch (AllNodesFailedException e) {
            if (causes(e).stream().anyMatch(AuthenticationException.class::isInstance)) {
                throw new CqlConnectException(
                        "Cassandra at " + address(host, port) + " refused the credentials of user " + username, e);
            }
            throw new CqlConnectException(
                    "cannot connect to Cassandra at " + address(host, port) + ": no node answered", e);
        } catch (AuthenticationException e) {
            throw new CqlConnectException(
                    "Cassandra at " + address(host, port) + " refused the credentials: " + firstLine(e.getMessage()),
                    e);
        } catch (DriverException | IllegalStateException e) {
            throw new CqlConnectException(
                    "cannot connect to Cassandra at " + address(host, port) + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * A builder with the project's driver settings and class loader (so a notebook kernel that added the jars at run
     * time finds driver.conf), for callers that set more (keyspace, request tracker) before {@code build()}.
     */
    public static CqlSessionBuilder builder(String host, int port, String localDc) {
        ClassLoader classLoader = CqlSessions.class.getClassLoader();
        return CqlSession.builder()
                .withClassLoader(classLoader)
                .withConfigLoader(configLoader())
                .addContactPoint(new InetSocketAddress(host, port))
                .withLocalDatacenter(localDc);
    }

    /** The driver settings of driver.conf over the driver's defaults. */
    public static DriverConfigLoader configLoader() {
        return configLoader(CONFIG_RESOURCE);
    }

    private static DriverConfigLoader configLoader(String resource) {
        return DriverConfigLoader.fromClasspath(resource, CqlSessions.class.getClassLoader());
    }

    /** {@code host:port}, with brackets around an IPv6 address. */
    public static String address(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The first line of a driver message (they can list every node tried, one per line). */
    public static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static List<Throwable> causes(AllNodesFailedException e) {
        return e.getAllErrors().values().stream().flatMap(List::stream).toList();
    }
}
