package io.kafkapipeline.kafka.sink.inflight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The records a task has accepted and not yet handled (written, reported to the dead-letter queue, or ignored), per
 * partition. The offset that is safe to commit for a partition is its lowest unhandled offset, or the worker's
 * consumed position when everything is handled: a restart then re-reads exactly what may not have landed.
 *
 * <p>Records are identified by where they were consumed (before any transformation renamed the topic) and, for
 * {@link #handled}, by identity: an answer that comes back for a record of a partition that was revoked and
 * assigned again does not count for the record consumed anew. Used from the task's thread only.
 */
public final class PendingOffsets {

    private final Map<TopicPartition, Partition> partitions = new HashMap<>();

    /**
     * Registers the records not accepted before and returns them, in order: a record whose offset is below the next
     * one expected for its partition is one the worker hands over again (after a retriable failure) and is skipped.
     */
    public List<SinkRecord> accept(Collection<SinkRecord> records) {
        List<SinkRecord> fresh = new ArrayList<>(records.size());
        for (SinkRecord record : records) {
            Partition p = partitions.computeIfAbsent(partitionOf(record), tp -> new Partition());
            long offset = record.originalKafkaOffset();
            if (offset < p.next) {
                continue;
            }
            p.next = offset + 1;
            p.offsets.merge(offset, 1, Integer::sum);
            p.records.add(record);
            fresh.add(record);
        }
        return fresh;
    }

    /** Whether the record is accepted and not handled (false for a record of a partition forgotten since). */
    public boolean isPending(SinkRecord record) {
        Partition p = partitions.get(partitionOf(record));
        return p != null && p.records.contains(record);
    }

    /** The record needs nothing more; unknown records (e.g. of a revoked partition) are ignored. */
    public void handled(SinkRecord record) {
        Partition p = partitions.get(partitionOf(record));
        if (p != null && p.records.remove(record)) {
            p.offsets.computeIfPresent(record.originalKafkaOffset(), (o, n) -> n == 1 ? null : n - 1);
        }
    }

    /** Accepted records not handled yet, over all partitions. */
    public int pending() {
        return partitions.values().stream().mapToInt(p -> p.records.size()).sum();
    }

    /**
     * The offsets safe to commit for the partitions of {@code consumed} (the worker's consumed positions): the lowest
     * unhandled offset, never beyond the consumed position. A partition with nothing pending commits its consumed
     * position, which also covers records the worker consumed but never handed over (a value the converter could not
     * read, sent to the dead-letter queue by the worker, or a record a transformation dropped): committing only up to
     * the last accepted record would leave such a record at the end of a quiet partition uncommitted, as lag that
     * never clears, and a restart would report it again.
     */
    public Map<TopicPartition, OffsetAndMetadata> safeOffsets(Map<TopicPartition, OffsetAndMetadata> consumed) {
        Map<TopicPartition, OffsetAndMetadata> safe = new HashMap<>();
        consumed.forEach((tp, position) -> {
            Partition p = partitions.get(tp);
            long offset = position.offset();
            if (p != null && !p.offsets.isEmpty()) {
                offset = Math.min(offset, p.offsets.firstKey());
            }
            safe.put(tp, new OffsetAndMetadata(offset));
        });
        return safe;
    }

    /** Drops what is known of these partitions (revoked): their records are someone else's now. */
    public void forget(Collection<TopicPartition> revoked) {
        revoked.forEach(partitions::remove);
    }

    public static TopicPartition partitionOf(SinkRecord record) {
        return new TopicPartition(record.originalTopic(), record.originalKafkaPartition());
    }

    private static final class Partition {
        private long next = -1;
        private final TreeMap<Long, Integer> offsets = new TreeMap<>();
        private final Set<SinkRecord> records = Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
