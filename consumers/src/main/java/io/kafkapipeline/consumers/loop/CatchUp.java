package io.kafkapipeline.consumers.loop;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The target of {@code --stop-at-end}: the end offsets of every partition of the topic, taken at start. Records at
 * or past them are left for the next run; the run is caught up once every partition that had records has been read
 * up to its end.
 */
final class CatchUp {

    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);

    private final Map<TopicPartition, Long> beginnings;
    private final Map<TopicPartition, Long> ends;

    private CatchUp(Map<TopicPartition, Long> beginnings, Map<TopicPartition, Long> ends) {
        this.beginnings = Map.copyOf(beginnings);
        this.ends = Map.copyOf(ends);
    }

    static CatchUp snapshot(Consumer<?, ?> consumer, String topic, Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        if (infos == null || infos.isEmpty()) {
            log.warn("Topic {} does not exist (yet); nothing to read up to", topic);
            return new CatchUp(Map.of(), Map.of());
        }
        List<TopicPartition> partitions = infos.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        CatchUp target =
                new CatchUp(consumer.beginningOffsets(partitions, timeout), consumer.endOffsets(partitions, timeout));
        log.info("Reading {} up to the end offsets {}", topic, target.ends);
        return target;
    }

    /** Whether a record lies at or past the end seen at start (or in a partition that did not exist then). */
    boolean beyond(ConsumerRecord<?, ?> record) {
        Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
        return end == null || record.offset() >= end;
    }

    /** Whether every partition is read up to its end: processed up to it, or positioned at or past it. */
    boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, OffsetAndMetadata> processed) {
        for (Map.Entry<TopicPartition, Long> entry : ends.entrySet()) {
            TopicPartition tp = entry.getKey();
            long end = entry.getValue();
            if (end <= beginnings.getOrDefault(tp, 0L)) {
                continue;
            }
            OffsetAndMetadata done = processed.get(tp);
            if (done != null && done.offset() >= end) {
                continue;
            }
            if (consumer.assignment().contains(tp) && consumer.position(tp) >= end) {
                continue;
            }
            return false;
        }
        return true;
    }
}
