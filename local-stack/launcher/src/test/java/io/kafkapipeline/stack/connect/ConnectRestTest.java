package io.kafkapipeline.stack.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.kafkapipeline.stack.StackException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST calls against a fake worker: paths, methods, and how answers and refusals come back. */
class ConnectRestTest {

    private static final String STATUS = "{\"name\":\"weathersink\",\"connector\":{\"state\":\"RUNNING\","
            + "\"worker_id\":\"127.0.0.1:8083\"},\"tasks\":[{\"id\":0,\"state\":\"RUNNING\",\"worker_id\":\"w1\"},"
            + "{\"id\":1,\"state\":\"FAILED\",\"worker_id\":\"w1\",\"trace\":\"AllNodesFailedException\"}],"
            + "\"type\":\"sink\"}";

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ConnectRest rest;

    @BeforeEach
    void startFakeWorker() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String call = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            calls.add(call);
            String path = exchange.getRequestURI().getPath();
            int code;
            String body;
            if (path.equals("/connectors/weathersink/status")) {
                code = 200;
                body = STATUS;
            } else if (path.equals("/connectors/weathersink/config")) {
                code = 200;
                body = "{\"topics\":\"weather\",\"tasks.max\":\"2\"}";
            } else if (path.equals("/connector-plugins")) {
                code = 200;
                body = "[{\"class\":\"io.kafkapipeline.kafka.sink.CassandraSinkConnector\",\"type\":\"sink\","
                        + "\"version\":\"0.1.0\"}]";
            } else if (path.equals("/connectors/busy/pause")) {
                code = 500;
                body = "{\"error_code\":500,\"message\":\"boom\"}";
            } else if (path.startsWith("/connectors/weathersink")) {
                code = 202;
                body = "";
            } else if (path.equals("/connectors")) {
                code = 200;
                body = "[\"weathersink\"]";
            } else {
                code = 404;
                body = "{\"error_code\":404}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        rest = new ConnectRest("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stopFakeWorker() {
        server.stop(0);
    }

    @Test
    void statusReadsTheConnectorAndEveryTaskWithItsTrace() {
        ConnectRest.ConnectorStatus status = rest.connectorStatus("weathersink").orElseThrow();

        assertThat(status.state()).isEqualTo("RUNNING");
        assertThat(status.taskStates()).containsExactly("RUNNING", "FAILED");
        assertThat(status.states()).containsExactly("RUNNING", "RUNNING", "FAILED");
        assertThat(status.tasks().get(1).trace()).isEqualTo("AllNodesFailedException");
        assertThat(status.traces()).isEqualTo("AllNodesFailedException");
        assertThat(rest.connectors()).containsExactly("weathersink");
        assertThat(rest.config("weathersink")).contains(Map.of("topics", "weather", "tasks.max", "2"));
        assertThat(rest.plugins())
                .containsExactly(
                        new ConnectRest.Plugin("io.kafkapipeline.kafka.sink.CassandraSinkConnector", "sink", "0.1.0"));
    }

    @Test
    void aMissingConnectorIsAnEmptyAnswerNotAnError() {
        assertThat(rest.connectorStatus("nope")).isEmpty();
        assertThat(rest.states("nope")).isEmpty();
        assertThat(rest.status("nope")).isNull();
        assertThat(rest.config("nope")).isEmpty();
        rest.delete("nope");
    }

    @Test
    void restartPauseResumeAndDeleteUseTheDocumentedPaths() {
        rest.restart("weathersink", true, false);
        rest.restartFailed("weathersink");
        rest.pause("weathersink");
        rest.resume("weathersink");
        rest.delete("weathersink");

        assertThat(calls)
                .containsExactly(
                        "POST /connectors/weathersink/restart?includeTasks=true&onlyFailed=false",
                        "POST /connectors/weathersink/restart?includeTasks=true&onlyFailed=true",
                        "PUT /connectors/weathersink/pause",
                        "PUT /connectors/weathersink/resume",
                        "DELETE /connectors/weathersink");
    }

    @Test
    void aRefusalNamesTheWorkerTheCallAndTheHttpStatus() {
        assertThatThrownBy(() -> rest.pause("busy"))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("refused to pause busy (HTTP 500)");
        server.stop(0);
        assertThatThrownBy(() -> rest.connectors())
                .isInstanceOf(StackException.class)
                .hasMessageStartingWith("Kafka Connect at " + rest.url() + " does not answer");
    }
}
