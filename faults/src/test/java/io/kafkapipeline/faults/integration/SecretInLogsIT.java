package io.kafkapipeline.faults.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import io.kafkapipeline.stack.node.ServiceNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security, process level: the owm-producer runs as a process with a recognizable fake API key against a server
 * that fails in every way and echoes the request (with the key) back in its error bodies. The key appears in no log
 * file of the stack's state folder (the producer's own, Kafka's, Connect's, Cassandra's).
 */
@ExtendWith(LocalStackExtension.class)
class SecretInLogsIT {

    private static final String KEY = "FAKEKEY-7f3a9c2e51d84b60a1e2-DO-NOT-LOG";

    @Test
    void apiKeyNeverReachesAnyLogFile(LocalStack stack) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        api.createContext("/", exchange -> {
            int n = calls.incrementAndGet();
            int[] codes = {401, 500, 429, 404, 403, 200};
            int code = codes[n % codes.length];
            String body = code == 200
                    ? "{\"coord\":"
                    : "{\"cod\":" + code + ",\"message\":\"bad request " + exchange.getRequestURI() + " appid=" + KEY
                            + "\"}";
            if (code == 429) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        api.start();
        ServiceNode owm = new ServiceNode(
                stack.config(),
                "secret-owm",
                "owm-producer",
                "io.kafkapipeline.owm.Main",
                Map.of(
                        "KAFKA_BROKER_URL", stack.bootstrapServers(),
                        "TOPIC_NAME", "secret-weather",
                        "SOURCE", "live",
                        "OPENWEATHER_API_KEY", KEY,
                        "OWM_BASE_URL", "http://127.0.0.1:" + api.getAddress().getPort(),
                        "OWM_CITIES", "Hanoi,Paris,Rome",
                        "SLEEP_TIME", "1",
                        "HTTP_MAX_RETRIES", "1",
                        "PROGRESS_INTERVAL_S", "1"));
        owm.prepare();
        try {
            owm.start(true);
            await("the fake API called through its failure paths")
                    .atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> calls.get() >= 12 || !owm.jvm().isAlive());
        } finally {
            owm.stop();
            api.stop(0);
        }

        assertThat(calls.get()).as("API calls").isGreaterThanOrEqualTo(6);
        String producerLog = Files.readString(owm.jvm().logFile(), StandardCharsets.UTF_8);
        assertThat(producerLog).as("the producer logged the failures").containsAnyOf("HTTP 401", "HTTP 500");
        for (Path file : logFiles(stack.config().stateDir())) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(text).as("log file " + file).doesNotContain(KEY);
        }
    }

    private static List<Path> logFiles(Path stateDir) throws IOException {
        try (Stream<Path> files = Files.walk(stateDir.resolve("logs"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
