package io.kafkapipeline.kafka.sink.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A plain TCP check of the contact points before the engine builds a session. While Cassandra is down this keeps a
 * retry to one log line: a full engine start logs the whole configuration and a driver warning per node each time.
 */
final class ContactPoints {

    private static final int DEFAULT_PORT = 9042;
    private static final int TIMEOUT_MS = 2_000;

    private ContactPoints() {}

    /**
     * Empty when at least one contact point accepts a TCP connection (or none is configured, as with a cloud secure
     * bundle); otherwise why none does.
     */
    static Optional<String> noneReachable(Map<String, String> props) {
        List<String> hosts = Arrays.stream(
                        props.getOrDefault("contactPoints", "").split(","))
                .map(String::trim)
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toList());
        if (hosts.isEmpty()) {
            return Optional.empty();
        }
        int port = port(props.get("port"));
        StringBuilder failures = new StringBuilder();
        for (String host : hosts) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
                return Optional.empty();
            } catch (IOException | IllegalArgumentException e) {
                failures.append(failures.length() == 0 ? "" : ", ")
                        .append(host)
                        .append(':')
                        .append(port)
                        .append(" (")
                        .append(e.getMessage())
                        .append(')');
            }
        }
        return Optional.of("No contact point accepts connections: " + failures);
    }

    private static int port(String port) {
        try {
            return port == null || port.isBlank() ? DEFAULT_PORT : Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_PORT;
        }
    }
}
