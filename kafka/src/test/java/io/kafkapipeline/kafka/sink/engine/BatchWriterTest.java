package io.kafkapipeline.kafka.sink.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.kafka.sink.TestRecords;
import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchWriterTest {

    private final FakeEngine engine = new FakeEngine();
    private final BatchWriter writer = new BatchWriter(engine);
    private final List<SinkRecord> batch =
            List.of(TestRecords.weather(1), TestRecords.weather(2), TestRecords.weather(3), TestRecords.weather(4));

    @BeforeEach
    void start() {
        engine.ensureStarted();
    }

    @Test
    void goodBatchIsDone() {
        BatchResult result = writer.write(batch);

        assertThat(result.done()).containsExactlyElementsOf(batch);
        assertThat(result.recordFailures()).isEmpty();
        assertThat(result.hasTransientFailures()).isFalse();
    }

    @Test
    void mappingFailuresAreRecordFailuresAndTheRestLands() {
        engine.badMapping.add(2L);

        BatchResult result = writer.write(batch);

        assertThat(result.recordFailures())
                .extracting(f -> f.record().kafkaOffset())
                .containsExactly(2L);
        assertThat(engine.written).extracting(SinkRecord::kafkaOffset).containsExactly(1L, 3L, 4L);
        assertThat(result.done()).hasSize(4);
    }

    @Test
    void aRejectedCassandraBatchIsRetriedRecordByRecord() {
        engine.rejected.add(3L);

        BatchResult result = writer.write(batch);

        assertThat(result.recordFailures())
                .extracting(f -> f.record().kafkaOffset())
                .containsExactly(3L);
        assertThat(result.recordFailures().get(0).duringWrite()).isTrue();
        assertThat(engine.written).extracting(SinkRecord::kafkaOffset).containsExactlyInAnyOrder(1L, 2L, 4L);
        assertThat(engine.writeCalls).containsExactly(4, 1, 1, 1, 1);
    }

    @Test
    void unavailableCassandraMakesEveryRecordTransient() {
        engine.down = true;
        engine.badMapping.add(1L);

        BatchResult result = writer.write(batch);

        assertThat(result.transientFailures()).hasSize(3);
        assertThat(result.recordFailures())
                .extracting(f -> f.record().kafkaOffset())
                .containsExactly(1L);
        assertThat(result.done()).extracting(SinkRecord::kafkaOffset).containsExactly(1L);
        assertThat(engine.writeCalls).containsExactly(4);
    }

    @Test
    void aRecordFailingTransientlyAndForGoodIsRetriedNotReported() {
        SinkRecord record = TestRecords.weather(7);
        BatchOutcome outcome = new BatchOutcome();
        outcome.failed(record, new IllegalStateException("bad"), "INSERT INTO a");
        outcome.failed(record, new com.datastax.oss.driver.api.core.NoNodeAvailableException(), "INSERT INTO b");

        BatchResult result = BatchResult.of(List.of(record), outcome);

        assertThat(result.recordFailures()).isEmpty();
        assertThat(result.transientFailures()).hasSize(1);
        assertThat(result.done()).isEmpty();
    }
}
