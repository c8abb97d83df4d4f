package io.kafkapipeline.kafka.sink.retry;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * After a {@code RetriableException} the worker hands the same batch to {@code put} again. This remembers which
 * records of it are already written or reported, so a retry writes only the rest and never reports a record to
 * the dead-letter queue twice. Cleared when a batch completes or partitions are revoked.
 */
public final class RedeliveryFilter {

    private final Set<RecordId> done = new HashSet<>();

    /** The records of {@code batch} not yet handled. */
    public List<SinkRecord> pending(Collection<SinkRecord> batch) {
        return batch.stream().filter(r -> !done.contains(RecordId.of(r))).collect(Collectors.toList());
    }

    public void markDone(Collection<SinkRecord> records) {
        records.forEach(r -> done.add(RecordId.of(r)));
    }

    public void clear() {
        done.clear();
    }

    /** Identifies a record by where it was consumed (before any transformation renamed its topic). */
    record RecordId(String topic, Integer partition, long offset) {
        static RecordId of(SinkRecord record) {
            return new RecordId(record.originalTopic(), record.originalKafkaPartition(), record.originalKafkaOffset());
        }
    }
}
