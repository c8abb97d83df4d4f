package io.kafkapipeline.kafka.sink.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.kafka.sink.TestRecords;
import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class RedeliveryFilterTest {

    @Test
    void redeliveredRecordsAlreadyHandledAreSkipped() {
        RedeliveryFilter filter = new RedeliveryFilter();
        List<SinkRecord> batch = List.of(TestRecords.weather(1), TestRecords.weather(2), TestRecords.weather(3));

        filter.markDone(List.of(batch.get(0), batch.get(2)));

        assertThat(filter.pending(List.of(TestRecords.weather(1), TestRecords.weather(2), TestRecords.weather(3))))
                .extracting(SinkRecord::kafkaOffset)
                .containsExactly(2L);
        filter.clear();
        assertThat(filter.pending(batch)).hasSize(3);
    }
}
