package io.kafkapipeline.e2e.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code ./pipeline status} shows where data stops: a poison record as a dead letter, a stopped connector. */
@ExtendWith(LocalStackExtension.class)
class StatusIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Test
    void poisonRecordShowsAsOneDeadLetter(LocalStack stack) throws Exception {
        long before = Pipeline.cli(stack, "status", "--json")
                .flow("weathersink")
                .path("deadLetters")
                .asLong();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("weather", "poison", "this is not JSON"))
                    .get(60, TimeUnit.SECONDS);
        }

        await("dead letter counted")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(Pipeline.cli(stack, "status", "--json")
                                .flow("weathersink")
                                .path("deadLetters")
                                .asLong())
                        .isEqualTo(before + 1));
        Pipeline.Result text = Pipeline.cli(stack, "status");
        assertThat(text.out())
                .containsPattern(
                        "weather\\s+\\d+\\s+\\d+\\s+weathersink\\s+RUNNING\\s+0:RUNNING\\s+" + (before + 1) + "\\s");
    }

    @Test
    void stoppedConnectorShowsAsStoppedAndFailsTheExitCode(LocalStack stack) throws Exception {
        putFakerSink(stack, "stop");
        try {
            awaitFakerSinkState(stack, "STOPPED");
            Pipeline.Result status = Pipeline.cli(stack, "status");
            assertThat(status.exitCode()).isEqualTo(3);
            assertThat(status.out()).containsPattern("faker\\s+\\d+\\s+\\d+\\s+fakersink\\s+STOPPED");
        } finally {
            putFakerSink(stack, "resume");
        }
        awaitFakerSinkState(stack, "RUNNING");
    }

    /** {@code PUT /connectors/fakersink/<action>} on the Connect REST API. */
    private static void putFakerSink(LocalStack stack, String action) throws Exception {
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.connectUrl() + "/connectors/fakersink/" + action))
                                .PUT(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until {@code status --json} shows fakersink in this connector state. */
    private static void awaitFakerSinkState(LocalStack stack, String state) {
        await("fakersink " + state + " in status --json")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(Pipeline.cli(stack, "status", "--json")
                                .flow("fakersink")
                                .path("connectorState")
                                .asText())
                        .isEqualTo(state));
    }
}
