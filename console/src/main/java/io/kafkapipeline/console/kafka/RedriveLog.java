package io.kafkapipeline.console.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Which dead letters were redriven, kept in a compacted Kafka topic (key {@code <dlq>:<partition>:<offset>}), so the
 * console shows the pending ones and refuses to send one twice, across restarts and across consoles of one cluster.
 */
public final class RedriveLog {

    public static final String TOPIC = "_kafkapipeline-console-redrives";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One redrive: where the letter went and when. */
    public record Entry(String target, Instant at) {}

    private final KafkaClients clients;
    private final Map<String, Entry> entries = new HashMap<>();
    private long position;
    private boolean created;

    public RedriveLog(KafkaClients clients) {
        this.clients = clients;
    }

    public static String key(String dlq, int partition, long offset) {
        return dlq + ":" + partition + ":" + offset;
    }

    /** The redrive of that dead letter, or null. */
    public synchronized Entry find(String dlq, int partition, long offset) {
        return entries.get(key(dlq, partition, offset));
    }

    /** How many letters of {@code dlq} were redriven. */
    public synchronized long count(String dlq) {
        return entries.keySet().stream().filter(k -> k.startsWith(dlq + ":")).count();
    }

    /** Records a redrive (acknowledged by Kafka before this returns). */
    public synchronized void add(String dlq, int partition, long offset, String target) {
        ensureTopic();
        Instant at = Instant.now();
        String key = key(dlq, partition, offset);
        byte[] value = JSON.createObjectNode()
                .put("target", target)
                .put("at", at.toString())
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        KafkaClients.get(
                clients.producer().send(new ProducerRecord<>(TOPIC, key.getBytes(StandardCharsets.UTF_8), value)));
        entries.put(key, new Entry(target, at));
    }

    /** Reads what other consoles (or an earlier run) recorded since the last refresh. */
    public synchronized void refresh() {
        TopicPartition tp = new TopicPartition(TOPIC, 0);
        Map<TopicPartition, long[]> offsets = new Topics(clients.admin()).offsets(TOPIC);
        if (offsets.isEmpty()) {
            return;
        }
        created = true;
        long end = offsets.get(tp)[1];
        if (position >= end) {
            return;
        }
        try (KafkaClients.Lease lease = clients.consumer()) {
            KafkaConsumer<byte[], byte[]> consumer = lease.get();
            consumer.assign(List.of(tp));
            consumer.seek(tp, Math.max(position, offsets.get(tp)[0]));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (position < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    read(r);
                }
                position = Math.max(position, consumer.position(tp));
            }
        }
    }

    private void read(ConsumerRecord<byte[], byte[]> r) {
        if (r.key() == null) {
            return;
        }
        String key = new String(r.key(), StandardCharsets.UTF_8);
        if (r.value() == null) {
            entries.remove(key);
            return;
        }
        try {
            JsonNode v = JSON.readTree(r.value());
            entries.put(
                    key,
                    new Entry(
                            v.path("target").asText(),
                            Instant.parse(v.path("at").asText())));
        } catch (Exception e) {
            // not written by a console: ignore
        }
    }

    private void ensureTopic() {
        if (created) {
            return;
        }
        int brokers =
                KafkaClients.get(clients.admin().describeCluster().nodes()).size();
        NewTopic topic = new NewTopic(TOPIC, 1, (short) Math.min(3, brokers))
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            KafkaClients.get(clients.admin().createTopics(List.of(topic)).all());
        } catch (KafkaException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        created = true;
    }
}
