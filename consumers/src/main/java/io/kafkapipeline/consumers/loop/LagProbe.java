package io.kafkapipeline.consumers.loop;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lag of the consumer: end offset minus position, summed over its assigned partitions. The position of a partition
 * is the next offset to handle: after the last handled record (which is what gets committed), else the consumer's
 * fetch position.
 */
final class LagProbe {

    private static final Logger log = LoggerFactory.getLogger(LagProbe.class);

    private LagProbe() {}

    /** Empty when nothing is assigned yet or Kafka does not answer within the timeout. */
    static OptionalLong lag(Consumer<?, ?> consumer, Map<TopicPartition, OffsetAndMetadata> handled, Duration timeout) {
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, timeout);
            long lag = 0;
            for (TopicPartition tp : assigned) {
                Long end = ends.get(tp);
                if (end == null) {
                    return OptionalLong.empty();
                }
                OffsetAndMetadata next = handled.get(tp);
                long position = next != null ? next.offset() : consumer.position(tp, timeout);
                lag += Math.max(0, end - position);
            }
            return OptionalLong.of(lag);
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException | IllegalStateException e) {
            log.debug("lag unknown: {}", e.toString());
            return OptionalLong.empty();
        }
    }
}
