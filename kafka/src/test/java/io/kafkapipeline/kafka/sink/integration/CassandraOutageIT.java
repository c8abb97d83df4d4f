package io.kafkapipeline.kafka.sink.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.connect.ConnectRest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cassandra goes away for over 30 s while records keep arriving, or is not there when a connector is registered:
 * the task waits instead of failing, and when Cassandra is back every record lands without anyone restarting
 * anything.
 */
class CassandraOutageIT extends AbstractSinkIt {

    private static final Logger log = LoggerFactory.getLogger(CassandraOutageIT.class);
    private static final Duration OUTAGE = Duration.ofSeconds(35);
    private static final Instant FIRST = Instant.parse("2024-06-01T00:00:00Z");

    @Test
    void recordsSentWhileCassandraIsDownLandWhenItIsBack(LocalStack stack) throws InterruptedException {
        String location = SinkIt.runId() + "-outage";
        ConnectRest connect = new ConnectRest(stack.connectUrl());
        Set<String> statesSeen = new LinkedHashSet<>();
        int sent = 0;
        try (KafkaProducer<String, String> producer = SinkIt.producer(stack)) {
            sent += send(producer, location, sent, 5);
            SinkIt.awaitCount(
                    stack,
                    SinkIt.LANDING,
                    sent,
                    "SELECT COUNT(*) FROM kafkapipeline.weatherreport WHERE location = ?",
                    location);

            stack.stopCassandra();
            long restartedAt;
            try {
                long end = System.nanoTime() + OUTAGE.toNanos();
                while (System.nanoTime() < end) {
                    sent += send(producer, location, sent, 10);
                    statesSeen.addAll(connect.states("weathersink"));
                    Thread.sleep(1_000);
                }
            } finally {
                stack.startCassandra();
                restartedAt = System.nanoTime();
            }
            sent += send(producer, location, sent, 10);

            SinkIt.awaitCount(
                    stack,
                    Duration.ofMinutes(3),
                    sent,
                    "SELECT COUNT(*) FROM kafkapipeline.weatherreport WHERE location = ?",
                    location);
            log.info(
                    "{} records landed {} s after Cassandra was back; task states during the outage: {}",
                    sent,
                    (System.nanoTime() - restartedAt) / 1_000_000_000L,
                    statesSeen);
        }
        assertThat(statesSeen)
                .as("connector and task states while Cassandra was down")
                .doesNotContain("FAILED");
        assertThat(connect.states("weathersink"))
                .as("%s", connect.status("weathersink"))
                .containsOnly("RUNNING");
    }

    @Test
    void connectorRegisteredWhileCassandraIsDownStartsAndCatchesUp(LocalStack stack) throws InterruptedException {
        String run = SinkIt.runId();
        String topic = "weather-late-" + run;
        String name = "weathersink-late-" + run;
        String location = run + "-late";
        ConnectRest connect = new ConnectRest(stack.connectUrl());
        Map<String, String> config =
                new java.util.HashMap<>(connect.config("weathersink").orElseThrow());
        String mapping = config.remove("topic.weather.kafkapipeline.weatherreport.mapping");
        config.keySet().removeIf(key -> key.startsWith("topic.weather."));
        config.put("name", name);
        config.put("topics", topic);
        config.put("topic." + topic + ".kafkapipeline.weatherreport.mapping", mapping);
        config.put("errors.deadletterqueue.topic.name", topic + "-dlq");
        Set<String> statesSeen = new LinkedHashSet<>();

        stack.stopCassandra();
        try (KafkaProducer<String, String> producer = SinkIt.producer(stack)) {
            connect.putConfig(name, config);
            send(producer, topic, location, 0, 20);
            long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < end) {
                statesSeen.addAll(connect.states(name));
                Thread.sleep(1_000);
            }
        } finally {
            stack.startCassandra();
        }
        try {
            SinkIt.awaitCount(
                    stack,
                    Duration.ofMinutes(3),
                    20,
                    "SELECT COUNT(*) FROM kafkapipeline.weatherreport WHERE location = ?",
                    location);
            assertThat(statesSeen)
                    .as("states of %s while Cassandra was down", name)
                    .contains("RUNNING")
                    .doesNotContain("FAILED");
            assertThat(connect.states(name)).as("%s", connect.status(name)).containsOnly("RUNNING");
        } finally {
            connect.delete(name);
        }
    }

    private static int send(KafkaProducer<String, String> producer, String location, int from, int count) {
        return send(producer, "weather", location, from, count);
    }

    /** Sends {@code count} weather reports for the location, numbered from {@code from}; returns {@code count}. */
    private static int send(
            KafkaProducer<String, String> producer, String topic, String location, int from, int count) {
        Map<String, String> records = new java.util.LinkedHashMap<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            numbers.add(i);
            Instant at = FIRST.plusSeconds(i);
            records.put(location + "|" + at, SinkIt.weather(location, at, "outage " + i));
        }
        SinkIt.send(producer, topic, records);
        return numbers.size();
    }
}
