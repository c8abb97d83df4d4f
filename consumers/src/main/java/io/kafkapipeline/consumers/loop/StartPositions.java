package io.kafkapipeline.consumers.loop;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where reading starts. With {@code --from-beginning} every partition is rewound to its first offset the first time
 * it is assigned (a later rebalance does not rewind it again); otherwise Kafka's rule applies: the group's committed
 * offset, else the end. Revoked partitions have their offsets committed first.
 */
final class StartPositions implements ConsumerRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(StartPositions.class);

    private final org.apache.kafka.clients.consumer.Consumer<?, ?> consumer;
    private final boolean fromBeginning;
    private final Consumer<Collection<TopicPartition>> beforeRevoke;
    private final Set<TopicPartition> rewound = new HashSet<>();

    StartPositions(
            org.apache.kafka.clients.consumer.Consumer<?, ?> consumer,
            boolean fromBeginning,
            Consumer<Collection<TopicPartition>> beforeRevoke) {
        this.consumer = consumer;
        this.fromBeginning = fromBeginning;
        this.beforeRevoke = beforeRevoke;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        log.debug("assigned {}", partitions);
        if (!fromBeginning) {
            return;
        }
        List<TopicPartition> fresh =
                partitions.stream().filter(tp -> !rewound.contains(tp)).toList();
        if (!fresh.isEmpty()) {
            log.debug("seeking to the beginning of {}", fresh);
            consumer.seekToBeginning(fresh);
            rewound.addAll(fresh);
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        log.debug("revoked {}", partitions);
        if (!partitions.isEmpty()) {
            beforeRevoke.accept(partitions);
        }
    }
}
