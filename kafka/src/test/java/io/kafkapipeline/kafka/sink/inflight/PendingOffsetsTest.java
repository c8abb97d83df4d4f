package io.kafkapipeline.kafka.sink.inflight;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.kafka.sink.TestRecords;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class PendingOffsetsTest {

    private static final TopicPartition P0 = new TopicPartition("weather", 0);
    private static final TopicPartition P1 = new TopicPartition("weather", 1);
    private final PendingOffsets offsets = new PendingOffsets();

    private static SinkRecord onPartition1(long offset) {
        return new SinkRecord("weather", 1, Schema.STRING_SCHEMA, "k", null, Map.of(), offset);
    }

    private static Map<TopicPartition, OffsetAndMetadata> consumed(long p0, long p1) {
        return Map.of(P0, new OffsetAndMetadata(p0), P1, new OffsetAndMetadata(p1));
    }

    @Test
    void recordsHandedOverAgainAreNotAcceptedTwice() {
        List<SinkRecord> poll = List.of(TestRecords.weather(1), TestRecords.weather(2));
        offsets.accept(poll);

        List<SinkRecord> again =
                offsets.accept(List.of(TestRecords.weather(1), TestRecords.weather(2), TestRecords.weather(3)));

        assertThat(again).extracting(SinkRecord::kafkaOffset).containsExactly(3L);
        assertThat(offsets.pending()).isEqualTo(3);
    }

    @Test
    void theSafeOffsetIsTheLowestUnhandledOneOrTheNextWhenAllAreHandled() {
        List<SinkRecord> p0 = List.of(TestRecords.weather(1), TestRecords.weather(2), TestRecords.weather(3));
        List<SinkRecord> p1 = List.of(onPartition1(7), onPartition1(8));
        offsets.accept(p0);
        offsets.accept(p1);

        offsets.handled(p0.get(0));
        offsets.handled(p0.get(2));
        offsets.handled(p1.get(0));
        offsets.handled(p1.get(1));

        assertThat(offsets.safeOffsets(consumed(4, 9)))
                .containsEntry(P0, new OffsetAndMetadata(2))
                .containsEntry(P1, new OffsetAndMetadata(9));
    }

    @Test
    void aPartitionWithNothingPendingCommitsTheConsumedPositionAndNothingGoesBeyondIt() {
        offsets.accept(List.of(TestRecords.weather(5)));
        offsets.handled(TestRecords.weather(5));

        assertThat(offsets.safeOffsets(consumed(4, 3)))
                .containsEntry(P0, new OffsetAndMetadata(4))
                .containsEntry(P1, new OffsetAndMetadata(3));
    }

    @Test
    void recordsTheWorkerConsumedButNeverHandedOverAreCommittedPast() {
        // Offset 3 was a value the converter could not read: the worker sent it to the dead-letter queue itself.
        List<SinkRecord> poll = List.of(TestRecords.weather(1), TestRecords.weather(2));
        offsets.accept(poll);
        poll.forEach(offsets::handled);

        assertThat(offsets.safeOffsets(Map.of(P0, new OffsetAndMetadata(4))))
                .containsOnly(Map.entry(P0, new OffsetAndMetadata(4)));
    }

    @Test
    void onlyTheAcceptedInstanceOfARecordCountsAsHandled() {
        SinkRecord first = TestRecords.weather(1);
        offsets.accept(List.of(first));
        offsets.forget(List.of(P0));
        SinkRecord consumedAgain = TestRecords.weather(1);
        offsets.accept(List.of(consumedAgain));

        offsets.handled(first);

        assertThat(offsets.isPending(first)).isFalse();
        assertThat(offsets.isPending(consumedAgain)).isTrue();
        assertThat(offsets.safeOffsets(consumed(2, 0))).containsEntry(P0, new OffsetAndMetadata(1));
    }

    @Test
    void theRecordsOfAForgottenPartitionNoLongerHoldBackItsCommit() {
        offsets.accept(List.of(TestRecords.weather(1), onPartition1(1)));

        offsets.forget(List.of(P0));

        assertThat(offsets.safeOffsets(consumed(2, 2)))
                .containsEntry(P0, new OffsetAndMetadata(2))
                .containsEntry(P1, new OffsetAndMetadata(1));
        assertThat(offsets.pending()).isEqualTo(1);
    }
}
