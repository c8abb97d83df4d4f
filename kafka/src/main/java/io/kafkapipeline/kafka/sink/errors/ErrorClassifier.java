package io.kafkapipeline.kafka.sink.errors;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.NodeUnavailableException;
import com.datastax.oss.driver.api.core.RequestThrottlingException;
import com.datastax.oss.driver.api.core.UnsupportedProtocolVersionException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.connection.BusyConnectionException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.connection.ConnectionInitException;
import com.datastax.oss.driver.api.core.connection.HeartbeatException;
import com.datastax.oss.driver.api.core.servererrors.BootstrappingException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.TruncateException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Tells "Cassandra is (temporarily) not there" from "this record is bad".
 *
 * <p>Transient: the cluster cannot be reached or cannot take the write right now (no node, timeouts, unavailable
 * replicas, overload, closed connections, a host name that does not resolve yet). Those are retried and never sent
 * to the dead-letter queue. Anything else about a record (mapping errors, invalid values, rejected queries) is the
 * record's fault. Failed logins, protocol and TLS errors are configuration errors even inside an
 * {@link AllNodesFailedException}.
 */
public final class ErrorClassifier {

    private static final List<Class<? extends Throwable>> TRANSIENT = List.of(
            DriverTimeoutException.class,
            NodeUnavailableException.class,
            RequestThrottlingException.class,
            ClosedConnectionException.class,
            HeartbeatException.class,
            BusyConnectionException.class,
            ConnectionInitException.class,
            BootstrappingException.class,
            OverloadedException.class,
            ReadTimeoutException.class,
            WriteTimeoutException.class,
            UnavailableException.class,
            TruncateException.class,
            ConnectException.class,
            UnknownHostException.class,
            ClosedChannelException.class);

    private static final Set<Class<? extends Throwable>> CONFIGURATION =
            Set.of(AuthenticationException.class, UnsupportedProtocolVersionException.class, SSLException.class);

    private static final int MAX_DEPTH = 16;

    private ErrorClassifier() {}

    /** Whether retrying later may succeed: true for the transient errors above, anywhere in the cause chain. */
    public static boolean isTransient(Throwable error) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++, current = current.getCause()) {
            if (current instanceof AllNodesFailedException) {
                return !hasConfigurationError((AllNodesFailedException) current);
            }
            if (isInstanceOfAny(current, TRANSIENT)) {
                return true;
            }
            if (isInstanceOfAny(current, CONFIGURATION)) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasConfigurationError(AllNodesFailedException error) {
        return error.getAllErrors().values().stream()
                .flatMap(List::stream)
                .anyMatch(ErrorClassifier::isConfigurationError);
    }

    private static boolean isConfigurationError(Throwable error) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++, current = current.getCause()) {
            if (isInstanceOfAny(current, CONFIGURATION)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInstanceOfAny(Throwable error, Iterable<Class<? extends Throwable>> types) {
        for (Class<? extends Throwable> type : types) {
            if (type.isInstance(error)) {
                return true;
            }
        }
        return false;
    }
}
