package io.kafkapipeline.kafka.sink.integration;

import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.cql.Row;
import io.kafkapipeline.common.testing.Samples;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.connect.ConnectRest;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the sink ITs share: producing JSON like the producers do, reading topics back, waiting for rows. */
final class SinkIt {

    static final Duration LANDING = Duration.ofMinutes(2);

    private SinkIt() {}

    /** A prefix that keeps one test's keys apart from every other test's (the stack is shared). */
    static String runId() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The sample weather report at {@code location} and {@code at} (its key), with its own description. */
    static String weather(String location, Instant at, String description) {
        return Samples.edited(
                Samples.WEATHER,
                t -> t.put("location", location)
                        .put("forecastdate", at.toString())
                        .put("description", description));
    }

    static KafkaProducer<String, String> producer(LocalStack stack) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Sends every record (key, value) and waits until Kafka has them all. */
    static void send(LocalStack stack, String topic, Map<String, String> keyToValue) {
        try (KafkaProducer<String, String> producer = producer(stack)) {
            send(producer, topic, keyToValue);
        }
    }

    static void send(KafkaProducer<String, String> producer, String topic, Map<String, String> keyToValue) {
        List<Future<?>> sent = new ArrayList<>();
        keyToValue.forEach((key, value) -> sent.add(producer.send(new ProducerRecord<>(topic, key, value))));
        producer.flush();
        for (Future<?> future : sent) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Could not produce to " + topic, e.getCause());
            }
        }
    }

    /** Records of {@code topic} the group has not committed yet; max value while it has committed nothing. */
    static long lag(LocalStack stack, String group, String topic) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            List<TopicPartition> partitions =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .collect(Collectors.toList());
            Map<TopicPartition, OffsetSpec> latest =
                    partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                if (done == null && end.getValue().offset() > 0) {
                    return Long.MAX_VALUE;
                }
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        }
    }

    /** Every record of a topic from offset 0 to its current end. */
    static List<ConsumerRecord<String, String>> readAll(LocalStack stack, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return records;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toList());
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (assigned.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    static void awaitConnectorsRunning(LocalStack stack) {
        ConnectRest connect = new ConnectRest(stack.connectUrl());
        for (String name : ConnectorConfigs.load(Path.of("connect")).stream()
                .map(ConnectorConfigs.Connector::name)
                .toList()) {
            await("connector " + name + " and its task RUNNING")
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(
                            () -> connect.states(name),
                            states -> states.size() > 1 && states.stream().allMatch("RUNNING"::equals));
        }
    }

    /** Waits until {@code query} finds a row and returns it. */
    static Row awaitRow(LocalStack stack, String description, String query, Object... values) {
        return await(description + " landed in Cassandra")
                .atMost(LANDING)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> stack.cqlSession().execute(query, values).one(), row -> row != null);
    }

    /** Waits until a {@code SELECT COUNT(*)} query answers {@code expected}. */
    static void awaitCount(LocalStack stack, Duration timeout, long expected, String query, Object... values) {
        await("count of " + query + " reaching " + expected)
                .atMost(timeout)
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> stack.cqlSession().execute(query, values).one().getLong(0), count -> count == expected);
    }
}
