package io.kafkapipeline.console.integration;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.connect.ConnectRest;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import io.kafkapipeline.stack.node.CassandraNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

/** Records, topics and connector states the console ITs set up on the shared stack. */
final class Fixtures {

    static final Duration PATIENCE = Duration.ofMinutes(2);
    static final String FAKER_SINK = "fakersink";
    static final String FAILING = "console-it-failing";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    /** A prefix that keeps one test's records apart from the others' (the stack is shared). */
    static String runId() {
        return "cit-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void createTopic(LocalStack stack, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
                    .all()
                    .get();
        }
    }

    /** Sends each record (key, value), optionally to one partition, with headers; waits until Kafka has them. */
    static void send(
            LocalStack stack, String topic, Integer partition, Map<String, String> records, Map<String, String> headers)
            throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (Map.Entry<String, String> r : records.entrySet()) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(topic, partition, r.getKey(), r.getValue());
                headers.forEach((k, v) -> record.headers().add(new RecordHeader(k, v.getBytes())));
                sent.add(producer.send(record));
            }
            producer.flush();
            for (Future<?> f : sent) {
                f.get();
            }
        }
    }

    static void send(LocalStack stack, String topic, Map<String, String> records) throws Exception {
        send(stack, topic, null, records, Map.of());
    }

    /** A fakerdata person as the faker producer sends it. */
    static String person(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("address", "1 Console Road");
        p.put("year", 1990);
        p.put("email", "a@example.org");
        p.put("phone_number", "555-0100");
        p.put("company", "ACME");
        p.put("job", "Tester");
        p.put("city", "Hue");
        p.put("country", "Viet Nam");
        p.put("date_of_birth", "1990-05-17");
        return write(p);
    }

    /** The sink config of {@code kafka/connect/<name>.json} as the local stack registers it. */
    static Map<String, String> sinkConfig(LocalStack stack, String name) {
        return ConnectorConfigs.load(stack.config().connectorConfigDir()).stream()
                .filter(c -> c.name().equals(name))
                .map(c -> ConnectorConfigs.withCassandra(
                        c.config(), "127.0.0.1", stack.cassandraPort(), CassandraNode.DATACENTER))
                .findFirst()
                .orElseThrow();
    }

    /**
     * A bad deploy of fakersink: {@code name} mapped from a field no record has, so every record fails its primary
     * key and goes to faker-dlq.
     */
    static void breakFakerSink(LocalStack stack) {
        Map<String, String> config = new LinkedHashMap<>(sinkConfig(stack, FAKER_SINK));
        String key = "topic.faker.kafkapipeline.fakerdata.mapping";
        config.put(key, config.get(key).replace("name=value.name", "name=value.fullname"));
        new ConnectRest(stack.connectUrl()).putConfig(FAKER_SINK, config);
        awaitRunning(stack, FAKER_SINK);
    }

    /** The fix: fakersink as {@code kafka/connect/fakersink.json} says. */
    static void restoreFakerSink(LocalStack stack) {
        new ConnectRest(stack.connectUrl()).putConfig(FAKER_SINK, sinkConfig(stack, FAKER_SINK));
        awaitRunning(stack, FAKER_SINK);
    }

    /**
     * A connector that stops at the first bad record: fakersink's mapping on topic {@code topic}, without a
     * dead-letter queue and with {@code errors.tolerance=none}.
     */
    static void registerFailingConnector(LocalStack stack, String topic) {
        Map<String, String> config = new LinkedHashMap<>();
        sinkConfig(stack, FAKER_SINK).forEach((k, v) -> {
            if (!k.startsWith("errors.") && !k.startsWith("topic.")) {
                config.put(k, v);
            } else if (k.startsWith("topic.faker.")) {
                config.put(k.replace("topic.faker.", "topic." + topic + "."), v);
            }
        });
        config.put("topics", topic);
        config.put("errors.tolerance", "none");
        new ConnectRest(stack.connectUrl()).putConfig(FAILING, config);
    }

    static void awaitRunning(LocalStack stack, String connector) {
        await(connector + " and its tasks RUNNING")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> allRunning(new ConnectRest(stack.connectUrl()).status(connector)));
    }

    /** Waits until fakerdata has a row of this name: a record went all the way through fakersink. */
    static void awaitFakerRow(LocalStack stack, String name) {
        await("row " + name + " in fakerdata")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> stack.cqlSession()
                                .execute("SELECT name FROM kafkapipeline.fakerdata WHERE name = ?", name)
                                .one()
                        != null);
    }

    static boolean allRunning(JsonNode status) {
        if (status == null
                || !"RUNNING".equals(status.path("connector").path("state").asText())) {
            return false;
        }
        if (status.path("tasks").isEmpty()) {
            return false;
        }
        for (JsonNode t : status.path("tasks")) {
            if (!"RUNNING".equals(t.path("state").asText())) {
                return false;
            }
        }
        return true;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
