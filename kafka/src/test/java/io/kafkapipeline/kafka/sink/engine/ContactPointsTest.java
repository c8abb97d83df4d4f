package io.kafkapipeline.kafka.sink.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactPointsTest {

    @Test
    void aListeningContactPointIsReachable() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            assertThat(ContactPoints.noneReachable(
                            Map.of("contactPoints", "127.0.0.1", "port", Integer.toString(server.getLocalPort()))))
                    .isEmpty();
        }
    }

    @Test
    void closedPortsAreNamed() throws IOException {
        int port;
        try (ServerSocket server = new ServerSocket(0)) {
            port = server.getLocalPort();
        }

        assertThat(ContactPoints.noneReachable(Map.of("contactPoints", "127.0.0.1", "port", Integer.toString(port))))
                .hasValueSatisfying(m -> assertThat(m).contains("127.0.0.1:" + port));
    }

    @Test
    void withoutContactPointsThereIsNothingToCheck() {
        assertThat(ContactPoints.noneReachable(Map.of("cloud.secureConnectBundle", "/bundle.zip")))
                .isEmpty();
    }
}
