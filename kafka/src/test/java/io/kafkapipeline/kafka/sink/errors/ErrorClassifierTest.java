package io.kafkapipeline.kafka.sink.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.WriteType;
import com.datastax.oss.driver.api.core.type.codec.CodecNotFoundException;
import com.datastax.oss.driver.internal.core.metadata.DefaultEndPoint;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {

    private static final Node NODE = (Node) Proxy.newProxyInstance(
            Node.class.getClassLoader(), new Class<?>[] {Node.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "hashCode":
                        return 1;
                    case "equals":
                        return proxy == args[0];
                    case "toString":
                        return "node1";
                    default:
                        return null;
                }
            });

    private static AllNodesFailedException allNodesFailed(Throwable nodeError) {
        return AllNodesFailedException.fromErrors(Map.of(NODE, nodeError));
    }

    @Test
    void unreachableClusterIsTransient() {
        assertThat(ErrorClassifier.isTransient(allNodesFailed(new ConnectException("Connection refused"))))
                .isTrue();
        assertThat(ErrorClassifier.isTransient(new NoNodeAvailableException())).isTrue();
        assertThat(ErrorClassifier.isTransient(new DriverTimeoutException("Query timed out after PT2S")))
                .isTrue();
        assertThat(ErrorClassifier.isTransient(new ClosedConnectionException("Lost connection")))
                .isTrue();
    }

    @Test
    void overloadedOrUnavailableReplicasAreTransient() {
        assertThat(ErrorClassifier.isTransient(new UnavailableException(NODE, ConsistencyLevel.ONE, 1, 0)))
                .isTrue();
        assertThat(ErrorClassifier.isTransient(
                        new WriteTimeoutException(NODE, ConsistencyLevel.ONE, 0, 1, WriteType.SIMPLE)))
                .isTrue();
    }

    @Test
    void causesAreFollowed() {
        assertThat(ErrorClassifier.isTransient(new CompletionException(new NoNodeAvailableException())))
                .isTrue();
    }

    @Test
    void failedLoginIsNotTransient() {
        assertThat(ErrorClassifier.isTransient(allNodesFailed(new AuthenticationException(
                        new DefaultEndPoint(new InetSocketAddress("127.0.0.1", 9042)), "Bad credentials"))))
                .isFalse();
    }

    @Test
    void badRecordsAreNotTransient() {
        assertThat(ErrorClassifier.isTransient(new InvalidQueryException(NODE, "Key may not be empty")))
                .isFalse();
        assertThat(ErrorClassifier.isTransient(
                        new IllegalArgumentException("Primary key column location cannot be " + "mapped to null")))
                .isFalse();
        assertThat(ErrorClassifier.isTransient(new CodecNotFoundException(null, null)))
                .isFalse();
        assertThat(ErrorClassifier.isTransient(new NumberFormatException("For input string: \"abc\"")))
                .isFalse();
    }
}
