package io.kafkapipeline.kafka.sink.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.common.sink.config.CassandraSinkConfig.IgnoreErrorsPolicy;
import io.kafkapipeline.kafka.sink.TestRecords;
import io.kafkapipeline.kafka.sink.engine.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class FailureRouterTest {

    private static final Failure MAPPING = new Failure(
            TestRecords.weather(1),
            new IllegalArgumentException("Primary key column location cannot be mapped to null"),
            null);
    private static final Failure WRITE = new Failure(
            TestRecords.weather(2),
            new IllegalStateException("Key may not be empty"),
            "INSERT INTO kafkapipeline.weatherreport ...");

    /** Records what the worker's reporter would send to the dead-letter queue. */
    static final class FakeReporter implements ErrantRecordReporter {
        final List<SinkRecord> records = new ArrayList<>();
        final List<Throwable> errors = new ArrayList<>();

        @Override
        public Future<Void> report(SinkRecord record, Throwable error) {
            records.add(record);
            errors.add(error);
            return CompletableFuture.completedFuture(null);
        }
    }

    @Test
    void withAReporterEveryFailureIsReportedWithItsCause() {
        FakeReporter reporter = new FakeReporter();

        new FailureRouter(reporter, IgnoreErrorsPolicy.NONE).route(List.of(MAPPING, WRITE));

        assertThat(reporter.records).containsExactly(MAPPING.record(), WRITE.record());
        assertThat(reporter.errors.get(0))
                .isInstanceOf(RecordFailureException.class)
                .hasMessageContaining("could not be mapped")
                .hasMessageContaining("location cannot be mapped to null")
                .hasCause(MAPPING.cause());
        assertThat(reporter.errors.get(1))
                .hasMessageContaining("Cassandra rejected the write")
                .hasMessageContaining("INSERT INTO kafkapipeline.weatherreport")
                .hasMessageContaining("Key may not be empty");
    }

    @Test
    void withoutAReporterIgnoreErrorsNoneFailsTheTask() {
        assertThatThrownBy(() -> new FailureRouter(null, IgnoreErrorsPolicy.NONE).route(List.of(WRITE)))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("ignoreErrors=NONE")
                .hasMessageContaining("weather-0@2")
                .hasCause(WRITE.cause());
    }

    @Test
    void withoutAReporterIgnoreErrorsAllIgnoresEverything() {
        new FailureRouter(null, IgnoreErrorsPolicy.ALL).route(List.of(MAPPING, WRITE));
    }

    @Test
    void withoutAReporterIgnoreErrorsDriverIgnoresOnlyWriteFailures() {
        FailureRouter router = new FailureRouter(null, IgnoreErrorsPolicy.DRIVER);

        router.route(List.of(WRITE));
        assertThatThrownBy(() -> router.route(List.of(WRITE, MAPPING)))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("1 records failed");
    }

    @Test
    void nothingToRouteDoesNothing() {
        FakeReporter reporter = new FakeReporter();

        new FailureRouter(reporter, IgnoreErrorsPolicy.NONE).route(List.of());

        assertThat(reporter.records).isEmpty();
    }
}
