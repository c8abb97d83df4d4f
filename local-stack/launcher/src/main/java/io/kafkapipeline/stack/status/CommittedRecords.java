package io.kafkapipeline.stack.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the records of topics written in transactions as a {@code read_committed} consumer sees them: their offsets
 * also count one commit marker per transaction (and aborted records), so end minus start offset overstates them. A
 * consumer without a group reads the partitions from the start to the last stable offset. The cost grows with the
 * topic and is paid on every status read (the console's refresh too): fine for the local stack's thousands of posts,
 * a count kept between reads would be needed for large topics.
 */
final class CommittedRecords {

    private CommittedRecords() {}

    /**
     * Committed records of a topic, and how many of them are at or after the marks of their partitions (e.g. what a
     * consumer group has not committed yet: its lag).
     */
    record Count(long records, long pastMarks) {

        Count plus(long offset, long mark) {
            return new Count(records + 1, pastMarks + (offset >= mark ? 1 : 0));
        }
    }

    /**
     * Committed records in {@code partitions}, per topic, with those at or after {@code marks} (a partition without a
     * mark: all of them); a {@link TimeoutException} when reading takes longer than {@code budget}.
     */
    static Map<String, Count> count(
            String bootstrapServers, List<TopicPartition> partitions, Map<TopicPartition, Long> marks, Duration budget)
            throws TimeoutException {
        Map<String, Count> counts = new HashMap<>();
        if (partitions.isEmpty()) {
            return counts;
        }
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "pipeline-status",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                20,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                8 * 1024 * 1024,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                10_000,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) budget.toMillis());
        long deadline = System.nanoTime() + budget.toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(partitions);
            // read_committed: the end is the last stable offset (an open transaction's records are not counted)
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, budget);
            consumer.seekToBeginning(partitions);
            Set<TopicPartition> remaining = new HashSet<>(partitions);
            partitions.forEach(tp -> counts.put(tp.topic(), new Count(0, 0)));
            while (true) {
                remaining.removeIf(tp -> consumer.position(tp, budget) >= end.get(tp));
                if (remaining.isEmpty()) {
                    return counts;
                }
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("counting the committed records of " + remaining + " took more than "
                            + budget.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() < end.get(tp)) {
                        counts.put(r.topic(), counts.get(r.topic()).plus(r.offset(), marks.getOrDefault(tp, 0L)));
                    }
                }
            }
        }
    }
}
