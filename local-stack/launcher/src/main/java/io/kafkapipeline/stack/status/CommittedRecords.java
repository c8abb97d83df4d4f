package io.kafkapipeline.stack.status;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
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
 * consumer without a group reads each partition up to its last stable offset.
 *
 * <p>The count is kept between reads: the next read of the same partition starts where the last one ended, so a
 * long-lived counter (the console's, refreshed every few seconds) reads only the records added since. A partition
 * whose log was cut or recreated (its start moved past, or its end fell behind, the counted part), or whose mark went
 * back (a group reset to earlier offsets), is counted again from its start.
 */
public final class CommittedRecords {

    /**
     * Committed records of a topic, and how many of them are at or after the marks of their partitions (e.g. what a
     * consumer group has not committed yet: its lag).
     */
    public record Count(long records, long pastMarks) {

        Count plus(Count other) {
            return new Count(records + other.records, pastMarks + other.pastMarks);
        }
    }

    /** What is counted of one partition: up to {@code end}, from {@code start}; the offsets at or after the mark. */
    private static final class Counted {
        private final long start;
        private long end;
        private long records;
        private long mark;
        private final ArrayDeque<Long> pastMark = new ArrayDeque<>();

        Counted(long start) {
            this.start = start;
            this.end = start;
        }

        void add(long offset) {
            records++;
            if (offset >= mark) {
                pastMark.addLast(offset);
            }
        }

        /** Moves the mark on (never back: the caller counts again then), forgetting offsets now before it. */
        void markAt(long newMark) {
            mark = newMark;
            while (!pastMark.isEmpty() && pastMark.peekFirst() < newMark) {
                pastMark.removeFirst();
            }
        }

        Count count() {
            return new Count(records, pastMark.size());
        }
    }

    private final Map<TopicPartition, Counted> counted = new HashMap<>();
    private long scanned;

    /**
     * Committed records in {@code partitions}, per topic, with those at or after {@code marks} (a partition without a
     * mark: all of them); a {@link TimeoutException} when reading takes longer than {@code budget}, after which the
     * partitions not read to their end are counted again from their start next time.
     */
    public synchronized Map<String, Count> count(
            String bootstrapServers, List<TopicPartition> partitions, Map<TopicPartition, Long> marks, Duration budget)
            throws TimeoutException {
        Map<String, Count> counts = new HashMap<>();
        if (partitions.isEmpty()) {
            return counts;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers, budget)) {
            consumer.assign(partitions);
            // read_committed: the end is the last stable offset (an open transaction's records are not counted)
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, budget);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions, budget);
            for (TopicPartition tp : partitions) {
                Counted known = counted.get(tp);
                long mark = marks.getOrDefault(tp, 0L);
                if (known == null || start.get(tp) > known.start || end.get(tp) < known.end || mark < known.mark) {
                    known = new Counted(start.get(tp));
                    counted.put(tp, known);
                }
                known.markAt(mark);
                consumer.seek(tp, known.end);
            }
            read(consumer, partitions, end, budget);
            partitions.forEach(tp -> counts.merge(tp.topic(), counted.get(tp).count(), Count::plus));
            return counts;
        }
    }

    /** Records read from Kafka by this counter so far, over all its counts (what keeping the count saves). */
    public synchronized long scanned() {
        return scanned;
    }

    private void read(
            KafkaConsumer<byte[], byte[]> consumer,
            Collection<TopicPartition> partitions,
            Map<TopicPartition, Long> end,
            Duration budget)
            throws TimeoutException {
        long deadline = System.nanoTime() + budget.toNanos();
        Set<TopicPartition> remaining = new HashSet<>(partitions);
        try {
            while (true) {
                for (TopicPartition tp : Set.copyOf(remaining)) {
                    if (consumer.position(tp, budget) >= end.get(tp)) {
                        counted.get(tp).end = end.get(tp);
                        remaining.remove(tp);
                    }
                }
                if (remaining.isEmpty()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("counting the committed records of " + remaining + " took more than "
                            + budget.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    Counted known = counted.get(tp);
                    if (r.offset() >= known.end && r.offset() < end.get(tp)) {
                        known.add(r.offset());
                        scanned++;
                    }
                }
            }
        } finally {
            remaining.forEach(counted::remove); // half read: counted again from the start next time
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers, Duration budget) {
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
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
