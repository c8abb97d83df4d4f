package io.kafkapipeline.faults.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.contract.RecordType;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.testing.Samples;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R6: poison records mixed into each of the pipeline's topics (weather, faker, spacex) through the real connectors:
 * not JSON, a wrong type, a key column over Cassandra's 64 KiB key limit, a missing key column. Exactly those land in
 * the topic's dead-letter queue; every good record lands as a row. A record over Kafka's 1 MB limit is refused at
 * the producer (never acknowledged, so never expected downstream).
 */
@ExtendWith({LocalStackExtension.class, FaultSummary.class})
class PoisonRecordsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GOOD = 20;
    private static final String OVERSIZED = "x".repeat(70_000);

    @Test
    void weather(LocalStack stack) throws Exception {
        check(stack, WeatherReport.TYPE, "pressure", "high");
    }

    @Test
    void faker(LocalStack stack) throws Exception {
        check(stack, FakerPerson.TYPE, "year", "nineteen ninety");
    }

    @Test
    void spacex(LocalStack stack) throws Exception {
        check(stack, SpacexLaunch.TYPE, "payload_mass_kg", "heavy");
    }

    /**
     * Sends {@value #GOOD} good records and 4 poison ones to the topic of {@code type}: each good record is the shared
     * sample of that contract with its own value in the first key column; {@code typeField} set to {@code badValue}
     * is the wrong type.
     */
    private void check(LocalStack stack, RecordType<?> type, String typeField, Object badValue) throws Exception {
        String topic = type.topic();
        String table = Schema.table(type.table()).qualifiedName();
        String keyColumn = Schema.table(type.table()).partitionKey().get(0);
        Function<String, String> good = key -> Samples.edited(Samples.of(type), t -> t.put(keyColumn, key));
        long begin = System.nanoTime();
        String run = "r6-" + UUID.randomUUID().toString().substring(0, 8);
        long dlqBefore = Topics.readAll(stack, topic + "-dlq").size();
        Map<String, String> records = new LinkedHashMap<>();
        for (int i = 0; i < GOOD; i++) {
            records.put(run + "-good-" + i, good.apply(run + "-good-" + i));
        }
        records.put(run + "-poison-notjson", "{\"" + keyColumn + "\": \"" + run + "\", this is not JSON");
        records.put(run + "-poison-type", replace(good.apply(run + "-poison-type"), typeField, badValue));
        records.put(run + "-poison-oversized", good.apply(OVERSIZED));
        records.put(run + "-poison-nokey", replace(good.apply("unused"), keyColumn, null));
        int poison = records.size() - GOOD;

        try (KafkaProducer<String, String> producer = Topics.producer(stack)) {
            List<Future<?>> sent = new ArrayList<>();
            records.forEach((k, v) -> sent.add(producer.send(new ProducerRecord<>(topic, k, v))));
            for (Future<?> f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThatThrownBy(() -> producer.send(
                                    new ProducerRecord<>(topic, run + "-toolarge", good.apply("y".repeat(2_000_000))))
                            .get(60, TimeUnit.SECONDS))
                    .as("a record over Kafka's 1 MB limit is refused, not acknowledged")
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(RecordTooLargeException.class);
        }

        List<String> dead = await(poison + " dead letters of " + run + " in " + topic + "-dlq")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(
                        () -> Topics.readAll(stack, topic + "-dlq").stream()
                                .map(r -> r.key())
                                .filter(k -> k != null && k.startsWith(run))
                                .toList(),
                        keys -> keys.size() >= poison);
        List<String> goodKeys =
                records.keySet().stream().filter(k -> k.contains("-good-")).toList();
        long rows = await(GOOD + " good rows of " + run + " in " + table)
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(
                        () -> stack.cqlSession()
                                .execute(
                                        "SELECT " + keyColumn + " FROM " + table + " WHERE " + keyColumn + " IN ?",
                                        goodKeys)
                                .all()
                                .size(),
                        n -> n >= GOOD);
        Thread.sleep(3_000);
        long dlqAfter = Topics.readAll(stack, topic + "-dlq").size();

        FaultSummary.add(new FaultRow(
                "R6 poison in " + topic + " (4 kinds + 1 over 1 MB refused)",
                records.size(),
                GOOD,
                rows,
                0,
                dlqAfter - dlqBefore,
                Math.round((System.nanoTime() - begin) / 1e9)));
        assertThat(dead)
                .as("dead letters of this run")
                .containsExactlyInAnyOrderElementsOf(records.keySet().stream()
                        .filter(k -> k.contains("-poison-"))
                        .toList());
        assertThat(dlqAfter - dlqBefore)
                .as("dead letters added to " + topic + "-dlq")
                .isEqualTo(poison);
        assertThat(rows).as("good rows").isEqualTo(GOOD);
    }

    @SuppressWarnings("unchecked")
    private static String replace(String json, String field, Object value) {
        try {
            Map<String, Object> object = JSON.readValue(json, LinkedHashMap.class);
            if (value == null) {
                object.remove(field);
            } else {
                object.put(field, value);
            }
            return JSON.writeValueAsString(object);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
