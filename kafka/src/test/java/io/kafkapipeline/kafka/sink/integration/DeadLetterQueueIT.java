package io.kafkapipeline.kafka.sink.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.testing.Samples;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.connect.ConnectRest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Poison records (not JSON, a wrong type, a missing or empty key column, a value out of range) go to the dead-letter
 * queue with the cause in a header; the good records of the same batch land.
 */
class DeadLetterQueueIT extends AbstractSinkIt {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterQueueIT.class);
    private static final String EXCEPTION_MESSAGE = "__connect.errors.exception.message";
    private static final String EXCEPTION_CLASS = "__connect.errors.exception.class.name";
    private static final String SINK_FAILURE = "io.kafkapipeline.kafka.sink.errors.RecordFailureException";

    @Test
    void poisonGoesToTheDeadLetterQueueAndTheRestLands(LocalStack stack) {
        String run = SinkIt.runId();
        Map<String, String> records = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            records.put(run + "-good-" + i, person(run + "-good-" + i, 1990 + i));
            if (i == 2) {
                records.put(run + "-poison-notjson", "this is {not json");
            } else if (i == 4) {
                records.put(run + "-poison-type", person(run + "-poison-type", "nineteen ninety"));
            } else if (i == 5) {
                records.put(run + "-poison-nokey", Samples.edited(Samples.FAKER, t -> t.remove("name")));
            } else if (i == 6) {
                records.put(run + "-poison-range", person(run + "-poison-range", 99_999_999_999L));
            } else if (i == 8) {
                records.put(run + "-poison-emptykey", person("", 1990));
            }
        }
        Map<String, String> poison = records.entrySet().stream()
                .filter(e -> e.getKey().contains("-poison-"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        SinkIt.send(stack, "faker", records);

        List<ConsumerRecord<String, String>> dead = await("the 5 poison records of " + run + " in faker-dlq")
                .atMost(SinkIt.LANDING)
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> SinkIt.readAll(stack, "faker-dlq").stream()
                                .filter(r -> r.key() != null && r.key().startsWith(run))
                                .collect(Collectors.toList()),
                        found -> found.size() >= poison.size());
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(poison.keySet());
        Map<String, String> causes = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : dead) {
            assertThat(record.value()).as("original value of %s", record.key()).isEqualTo(poison.get(record.key()));
            String kind = record.key().substring(record.key().indexOf("-poison-") + "-poison-".length());
            causes.put(kind, header(record, EXCEPTION_CLASS) + ": " + header(record, EXCEPTION_MESSAGE));
        }
        log.info("Dead-letter causes: {}", causes);
        assertThat(causes.get("notjson"))
                .as("converter failure")
                .contains("DataException", "Converting byte[] to Kafka Connect data failed");
        assertThat(causes.get("type")).startsWith(SINK_FAILURE).contains("could not be mapped");
        assertThat(causes.get("range")).startsWith(SINK_FAILURE).contains("could not be mapped");
        assertThat(causes.get("nokey")).startsWith(SINK_FAILURE).contains("value.name");
        assertThat(causes.get("emptykey")).startsWith(SINK_FAILURE).contains("Key may not be empty");
        for (int i = 0; i < 10; i++) {
            SinkIt.awaitRow(
                    stack,
                    "good person " + i,
                    "SELECT * FROM kafkapipeline.fakerdata WHERE name = ?",
                    run + "-good-" + i);
        }
        assertThat(stack.cqlSession()
                        .execute(
                                "SELECT * FROM kafkapipeline.fakerdata WHERE name IN ?",
                                List.of(run + "-poison-type", run + "-poison-range"))
                        .all())
                .isEmpty();
        assertThat(new ConnectRest(stack.connectUrl()).states("fakersink")).containsOnly("RUNNING");
    }

    @Test
    void aPoisonRecordLastInItsPartitionIsCommittedSoNoLagIsLeft(LocalStack stack) throws Exception {
        String run = SinkIt.runId();
        try (KafkaProducer<String, String> producer = SinkIt.producer(stack)) {
            producer.send(new ProducerRecord<>("faker", 0, run + "-good", person(run + "-good", 1990)));
            producer.send(new ProducerRecord<>("faker", 0, run + "-poison-last", "not json either"))
                    .get();
        }
        SinkIt.awaitRow(
                stack, "the good person", "SELECT * FROM kafkapipeline.fakerdata WHERE name = ?", run + "-good");
        await("the poison record, last in faker-0, in faker-dlq")
                .atMost(SinkIt.LANDING)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> SinkIt.readAll(stack, "faker-dlq").stream()
                        .anyMatch(r -> (run + "-poison-last").equals(r.key())));

        // The worker dropped it before the task saw it; the task still lets the worker commit past it.
        await("connect-fakersink committed everything in faker")
                .atMost(SinkIt.LANDING)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(SinkIt.lag(stack, "connect-fakersink", "faker"))
                        .as("fakersink lag")
                        .isZero());
    }

    /** The sample person named {@code name}, whose {@code year} is the given JSON value (maybe of a wrong type). */
    private static String person(String name, Object year) {
        return Samples.edited(
                Samples.FAKER,
                t -> t.put("name", name).set("year", Json.mapper().valueToTree(year)));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
