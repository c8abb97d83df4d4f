package io.kafkapipeline.console.kafka;

import io.kafkapipeline.console.NotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads one page of a topic without loading it whole: a consumer without a group is assigned the partitions, seeks
 * to the start, and reads until the page is full, every partition is at its end, or a scan budget is spent (so a
 * filter that matches nothing in millions of records still answers quickly, with a cursor to go on).
 */
public final class MessageBrowser {

    /** Records read (matching or not) per request at most. */
    static final int SCAN_BUDGET = 20_000;

    private static final Duration TIME_BUDGET = Duration.ofSeconds(3);

    /**
     * One page: the messages, the cursor of the next page (null at the end of every partition), how many records
     * were read, and the offsets each partition had when reading began.
     */
    public record Page(
            Browse request,
            List<Message> messages,
            Map<Integer, Long> next,
            long scanned,
            boolean budgetSpent,
            Map<Integer, long[]> offsets) {
        public String nextCursor() {
            return next == null ? null : Browse.cursorText(next);
        }
    }

    private final KafkaClients clients;
    private final Topics topics;

    public MessageBrowser(KafkaClients clients, Topics topics) {
        this.clients = clients;
        this.topics = topics;
    }

    public Page read(Browse request) {
        Map<TopicPartition, long[]> offsets = topics.offsets(request.topic());
        if (offsets.isEmpty()) {
            throw new NotFoundException("No topic '" + request.topic() + "'");
        }
        List<TopicPartition> partitions = offsets.keySet().stream()
                .filter(tp -> request.partition() == null || tp.partition() == request.partition())
                .sorted(Comparator.comparingInt(TopicPartition::partition))
                .toList();
        if (partitions.isEmpty()) {
            throw new NotFoundException("Topic '" + request.topic() + "' has no partition " + request.partition());
        }
        Map<Integer, long[]> byPartition = new HashMap<>();
        offsets.forEach((tp, o) -> byPartition.put(tp.partition(), o));
        try (KafkaClients.Lease lease = clients.consumer()) {
            KafkaConsumer<byte[], byte[]> consumer = lease.get();
            consumer.assign(partitions);
            Map<TopicPartition, Long> start = start(consumer, request, partitions, offsets);
            Map<TopicPartition, Long> next = new HashMap<>(start);
            start.forEach(consumer::seek);
            List<Message> found = new ArrayList<>();
            long scanned = 0;
            long deadline = System.nanoTime() + TIME_BUDGET.toNanos();
            boolean full = false;
            while (!full && !atEnd(next, offsets) && scanned < SCAN_BUDGET && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(200));
                for (TopicPartition tp : batch.partitions()) {
                    for (ConsumerRecord<byte[], byte[]> record : batch.records(tp)) {
                        if (full || record.offset() >= offsets.get(tp)[1]) {
                            break;
                        }
                        scanned++;
                        next.put(tp, record.offset() + 1);
                        Message m = Message.of(record);
                        if (request.matches(m)) {
                            found.add(m);
                            full = found.size() >= request.limit() && request.start() != Browse.Start.LATEST;
                        }
                    }
                }
                if (!full) {
                    // Gaps (compacted records, transaction markers) move the position past offsets never returned.
                    for (TopicPartition tp : partitions) {
                        long position = Math.min(consumer.position(tp), offsets.get(tp)[1]);
                        next.merge(tp, position, Math::max);
                    }
                }
            }
            if (request.start() == Browse.Start.LATEST) {
                found.sort(Comparator.comparing(Message::timestamp)
                        .thenComparingInt(Message::partition)
                        .thenComparingLong(Message::offset));
                if (found.size() > request.limit()) {
                    found = new ArrayList<>(found.subList(found.size() - request.limit(), found.size()));
                }
            }
            Map<Integer, Long> nextCursor = new HashMap<>();
            next.forEach((tp, o) -> nextCursor.put(tp.partition(), o));
            boolean more = !atEnd(next, offsets);
            return new Page(request, List.copyOf(found), more ? nextCursor : null, scanned, more && !full, byPartition);
        }
    }

    private static Map<TopicPartition, Long> start(
            KafkaConsumer<byte[], byte[]> consumer,
            Browse request,
            List<TopicPartition> partitions,
            Map<TopicPartition, long[]> offsets) {
        Map<TopicPartition, Long> start = new HashMap<>();
        Map<TopicPartition, OffsetAndTimestamp> byTime = Map.of();
        if (request.cursor().isEmpty() && request.start() == Browse.Start.TIMESTAMP) {
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(tp -> query.put(tp, request.timestamp().toEpochMilli()));
            byTime = consumer.offsetsForTimes(query, Duration.ofSeconds(KafkaClients.TIMEOUT_S));
        }
        for (TopicPartition tp : partitions) {
            long first = offsets.get(tp)[0];
            long end = offsets.get(tp)[1];
            long position;
            if (!request.cursor().isEmpty()) {
                position = request.cursor().getOrDefault(tp.partition(), end);
            } else {
                switch (request.start()) {
                    case OFFSET -> position = request.offset();
                    case TIMESTAMP -> {
                        OffsetAndTimestamp at = byTime.get(tp);
                        position = at == null ? end : at.offset();
                    }
                    case LATEST -> position = end - request.limit();
                    default -> position = first;
                }
            }
            start.put(tp, Math.max(first, Math.min(end, position)));
        }
        return start;
    }

    private static boolean atEnd(Map<TopicPartition, Long> next, Map<TopicPartition, long[]> offsets) {
        return next.entrySet().stream().allMatch(e -> e.getValue() >= offsets.get(e.getKey())[1]);
    }
}
