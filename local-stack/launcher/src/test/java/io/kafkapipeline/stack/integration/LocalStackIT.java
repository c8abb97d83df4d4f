package io.kafkapipeline.stack.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import io.kafkapipeline.stack.node.StackNode;
import io.kafkapipeline.stack.process.ChildJvm;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The local stack as a user meets it: Kafka takes and gives back records, every table takes rows, data survives a restart. */
@ExtendWith(LocalStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

    private static final String TOPIC = "local-stack-it";
    private static final Instant WHEN = Instant.parse("2021-10-07T04:35:32Z");

    @Test
    @Order(1)
    void everyProcessRunsOnItsOwnPort(LocalStack stack) {
        for (StackNode node : stack.nodes()) {
            assertThat(node.jvm().isAlive()).as(node.displayName() + " alive").isTrue();
        }
        assertThat(ChildJvm.processesOf(stack.config().stateDir())).hasSize(3);
        assertThat(stack.bootstrapServers())
                .isEqualTo("127.0.0.1:" + stack.config().kafkaPort());
    }

    @Test
    @Order(1)
    void cassandraAcknowledgesAWriteOnceItIsOnDisk(LocalStack stack) {
        Map<String, String> settings = new java.util.HashMap<>();
        for (Row row : stack.cqlSession()
                .execute("SELECT name, value FROM system_views.settings WHERE name IN"
                        + " ('commitlog_sync', 'commitlog_sync_group_window', 'commitlog_sync_period')")) {
            settings.put(row.getString("name"), row.getString("value"));
        }
        // CASSANDRA_COMMITLOG_SYNC's default, set by the same -Dcassandra.settings.* flags as the Docker node.
        assertThat(settings)
                .as("commit log settings of the running node")
                .containsEntry("commitlog_sync", "group")
                .containsEntry("commitlog_sync_group_window", "2ms");
    }

    @Test
    @Order(2)
    void kafkaRecordCanBeWrittenAndReadBack(LocalStack stack) throws Exception {
        try (KafkaProducer<String, String> producer = producer(stack)) {
            RecordMetadata meta = producer.send(new ProducerRecord<>(TOPIC, "k1", "{\"hello\":\"kafka\"}"))
                    .get(60, TimeUnit.SECONDS);
            assertThat(meta.offset()).isGreaterThanOrEqualTo(0);
        }
        assertThat(readAll(stack)).contains("k1={\"hello\":\"kafka\"}");
    }

    @Test
    @Order(3)
    void everyTableTakesARow(LocalStack stack) {
        CqlSession cql = stack.cqlSession();
        assertThat(cql.getMetadata()
                        .getKeyspace(Schema.KEYSPACE)
                        .orElseThrow()
                        .getTables()
                        .keySet())
                .extracting(id -> id.asInternal())
                .containsExactlyInAnyOrderElementsOf(Schema.tableNames());

        cql.execute(
                "INSERT INTO kafkapipeline.weatherreport (location, forecastdate, description, temp, pressure, humidity,"
                        + " sunrise) VALUES ('Hanoi', ?, 'light rain', 24.5, 1012, 78, ?)",
                WHEN,
                WHEN.minusSeconds(3600));
        cql.execute(
                "INSERT INTO kafkapipeline.fakerdata (name, address, year, date_of_birth) VALUES ('Ada', 'Street 1\nCity', 1990, ?)",
                LocalDate.of(1990, 5, 1));
        cql.execute(
                "INSERT INTO kafkapipeline.spacex_launches (launch_id, mission_name, launch_success, payload_mass_kg)"
                        + " VALUES ('5eb87cd9ffd86e000604b32a', 'FalconSat', false, 20.0)");

        assertRowsPresent(cql);
    }

    @Test
    @Order(4)
    void dataSurvivesARestart(LocalStack stack) {
        List<Long> pidsBefore =
                stack.nodes().stream().map(n -> n.jvm().pid().orElseThrow()).toList();

        stack.stop();
        assertThat(ChildJvm.processesOf(stack.config().stateDir()))
                .as("processes after stop")
                .isEmpty();
        stack.start();

        assertThat(stack.nodes().stream().map(n -> n.jvm().pid().orElseThrow()).toList())
                .doesNotContainAnyElementsOf(pidsBefore);
        assertRowsPresent(stack.cqlSession());
        assertThat(readAll(stack)).contains("k1={\"hello\":\"kafka\"}");
    }

    private static void assertRowsPresent(CqlSession cql) {
        Row weather = cql.execute("SELECT * FROM kafkapipeline.weatherreport WHERE location = 'Hanoi'")
                .one();
        assertThat(weather).isNotNull();
        assertThat(weather.getInstant("forecastdate")).isEqualTo(WHEN);
        assertThat(weather.getDouble("temp")).isEqualTo(24.5);
        assertThat(weather.getInt("humidity")).isEqualTo(78);
        assertThat(weather.getString("description")).isEqualTo("light rain");
        assertThat(weather.isNull("wind")).isTrue();

        Row person = cql.execute("SELECT * FROM kafkapipeline.fakerdata WHERE name = 'Ada'")
                .one();
        assertThat(person).isNotNull();
        assertThat(person.getString("address")).isEqualTo("Street 1\nCity");
        assertThat(person.getInt("year")).isEqualTo(1990);
        assertThat(person.getLocalDate("date_of_birth")).isEqualTo(LocalDate.of(1990, 5, 1));

        Row launch = cql.execute(
                        "SELECT * FROM kafkapipeline.spacex_launches WHERE launch_id = '5eb87cd9ffd86e000604b32a'")
                .one();
        assertThat(launch).isNotNull();
        assertThat(launch.getString("mission_name")).isEqualTo("FalconSat");
        assertThat(launch.getBoolean("launch_success")).isFalse();
        assertThat(launch.getDouble("payload_mass_kg")).isEqualTo(20.0);
    }

    private static KafkaProducer<String, String> producer(LocalStack stack) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true),
                new StringSerializer(),
                new StringSerializer());
    }

    private static List<String> readAll(LocalStack stack) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "local-stack-it-" + System.nanoTime(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(r.key() + "=" + r.value());
                }
            }
        }
        return seen;
    }
}
