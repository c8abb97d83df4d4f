package io.kafkapipeline.stack.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import io.kafkapipeline.stack.status.CommittedRecords;
import io.kafkapipeline.stack.status.CommittedRecords.Count;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The count of a topic written in transactions, as {@code status} and the console show it: committed records only
 * (no commit markers, no aborted records), kept between reads so that the next read only reads what was added.
 */
@ExtendWith(LocalStackExtension.class)
class CommittedRecordsIT {

    private static final String TOPIC = "committed-records-it";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);
    private static final Duration BUDGET = Duration.ofSeconds(60);

    @Test
    void aKeptCountReadsOnlyTheNewRecordsAndAgreesWithAFreshOne(LocalStack stack) throws Exception {
        List<Long> committed = new ArrayList<>();
        CommittedRecords kept = new CommittedRecords();
        try (KafkaProducer<String, String> producer = transactional(stack)) {
            producer.initTransactions();
            committed.addAll(transaction(producer, 10, true));
            committed.addAll(transaction(producer, 10, true));
            transaction(producer, 5, false);

            assertThat(kept.count(stack.bootstrapServers(), List.of(PARTITION), Map.of(), BUDGET))
                    .as("committed records of %s: no commit markers, no aborted records", TOPIC)
                    .containsEntry(TOPIC, new Count(20, 20));
            assertThat(kept.scanned()).isEqualTo(20);

            committed.addAll(transaction(producer, 10, true));
        }
        long mark = committed.get(15);
        Map<TopicPartition, Long> marks = Map.of(PARTITION, mark);
        Count expected = new Count(30, committed.stream().filter(o -> o >= mark).count());

        assertThat(kept.count(stack.bootstrapServers(), List.of(PARTITION), marks, BUDGET))
                .containsEntry(TOPIC, expected);
        assertThat(kept.scanned())
                .as("records read by the second count: only the 10 added since the first")
                .isEqualTo(30);
        assertThat(new CommittedRecords().count(stack.bootstrapServers(), List.of(PARTITION), marks, BUDGET))
                .as("a fresh count of the whole topic")
                .containsEntry(TOPIC, expected);

        long earlier = committed.get(3);
        assertThat(kept.count(stack.bootstrapServers(), List.of(PARTITION), Map.of(PARTITION, earlier), BUDGET))
                .as("a mark that went back (a group reset) counts the partition again")
                .containsEntry(
                        TOPIC,
                        new Count(
                                30, committed.stream().filter(o -> o >= earlier).count()));
        assertThat(kept.scanned()).isEqualTo(60);
    }

    /** Sends {@code records} records in one transaction, committed or aborted; their offsets. */
    private static List<Long> transaction(KafkaProducer<String, String> producer, int records, boolean commit)
            throws Exception {
        producer.beginTransaction();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            sent.add(producer.send(new ProducerRecord<>(TOPIC, 0, "k" + i, "{\"n\":" + i + "}")));
        }
        producer.flush();
        List<Long> offsets = new ArrayList<>();
        for (Future<RecordMetadata> f : sent) {
            offsets.add(f.get(60, TimeUnit.SECONDS).offset());
        }
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.abortTransaction();
        }
        return offsets;
    }

    private static KafkaProducer<String, String> transactional(LocalStack stack) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.bootstrapServers(),
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        "committed-records-it",
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new StringSerializer());
    }
}
