package io.kafkapipeline.kafka.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import io.kafkapipeline.kafka.sink.config.EngineProps;
import io.kafkapipeline.kafka.sink.engine.CassandraUnavailableException;
import io.kafkapipeline.kafka.sink.engine.FakeEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class CassandraSinkTaskTest {

    private final FakeEngine engine = new FakeEngine();
    private final AtomicLong clock = new AtomicLong();
    private final List<SinkRecord> dlq = new ArrayList<>();
    private final ErrantRecordReporter reporter = (record, error) -> {
        dlq.add(record);
        return CompletableFuture.completedFuture(null);
    };
    private Map<String, String> engineProps;
    private FakeTaskContext context;

    private CassandraSinkTask start(ErrantRecordReporter reporter, Map<String, String> extra) {
        CassandraSinkTask task = new CassandraSinkTask(
                props -> {
                    engineProps = props;
                    return engine;
                },
                clock::get);
        context = new FakeTaskContext(reporter);
        task.initialize(context);
        Map<String, String> props = new HashMap<>(Map.of(
                "name",
                "weathersink",
                "topics",
                "weather",
                "contactPoints",
                "127.0.0.1",
                "loadBalancing.localDc",
                "datacenter1",
                "topic.weather.kafkapipeline.weatherreport.mapping",
                "location=value.location",
                EngineProps.TASK_ID_CONFIG,
                "0"));
        props.putAll(extra);
        task.start(props);
        return task;
    }

    private static List<SinkRecord> batch(long... offsets) {
        List<SinkRecord> records = new ArrayList<>();
        for (long offset : offsets) {
            records.add(TestRecords.weather(offset));
        }
        return records;
    }

    @Test
    void eachTaskGetsItsOwnEngineInstance() {
        start(reporter, Map.of());

        assertThat(engineProps)
                .containsEntry("name", "weathersink-task-0")
                .containsEntry("datastax-java-driver.advanced.reconnection-policy.max-delay", "10000 milliseconds")
                .containsEntry("datastax-java-driver.advanced.netty.io-group.shutdown.quiet-period", "0")
                .containsEntry("datastax-java-driver.advanced.netty.admin-group.shutdown.quiet-period", "0");
    }

    @Test
    void cassandraDownAtStartRetriesWithBackoffUntilItAnswers() {
        engine.startFailures.add(new CassandraUnavailableException(new NoNodeAvailableException()));
        engine.startFailures.add(new CassandraUnavailableException(new NoNodeAvailableException()));
        CassandraSinkTask task = start(reporter, Map.of());
        List<SinkRecord> records = batch(1, 2);

        assertThatThrownBy(() -> task.put(records))
                .isInstanceOf(RetriableException.class)
                .hasMessageContaining("No node was available");
        task.put(records);

        assertThat(context.timeouts).containsExactly(2_000L);
        assertThat(engine.written).hasSize(2);
    }

    @Test
    void backoffGrowsPerConsecutiveFailureAndResetsAfterSuccess() {
        CassandraSinkTask task = start(reporter, Map.of());
        engine.down = true;
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> task.put(batch(1))).isInstanceOf(RetriableException.class);
        }
        engine.down = false;
        task.put(batch(1));
        engine.down = true;
        assertThatThrownBy(() -> task.put(batch(2))).isInstanceOf(RetriableException.class);

        assertThat(context.timeouts).containsExactly(2_000L, 4_000L, 8_000L, 10_000L, 10_000L, 2_000L);
    }

    @Test
    void retryCapFailsTheTask() {
        CassandraSinkTask task = start(reporter, Map.of("kafkapipeline.retry.max.attempts", "2"));
        engine.down = true;

        assertThatThrownBy(() -> task.put(batch(1))).isInstanceOf(RetriableException.class);
        assertThatThrownBy(() -> task.put(batch(1)))
                .isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class)
                .hasMessageContaining("kafkapipeline.retry.max.attempts");
    }

    @Test
    void outageMidStreamRewritesOnlyWhatDidNotLandAndReportsPoisonOnce() {
        CassandraSinkTask task = start(reporter, Map.of());
        engine.badMapping.add(2L);
        engine.down = true;

        assertThatThrownBy(() -> task.put(batch(1, 2, 3))).isInstanceOf(RetriableException.class);
        engine.down = false;
        task.put(batch(1, 2, 3));

        assertThat(engine.written).extracting(SinkRecord::kafkaOffset).containsExactly(1L, 3L);
        assertThat(engine.writeCalls).containsExactly(3, 2);
        assertThat(dlq).extracting(SinkRecord::kafkaOffset).containsExactly(2L);
    }

    @Test
    void poisonGoesToTheReporterAndTheRestLands() {
        CassandraSinkTask task = start(reporter, Map.of());
        engine.badMapping.add(2L);
        engine.rejected.add(4L);

        task.put(batch(1, 2, 3, 4, 5));

        assertThat(dlq).extracting(SinkRecord::kafkaOffset).containsExactly(2L, 4L);
        assertThat(engine.written).extracting(SinkRecord::kafkaOffset).containsExactlyInAnyOrder(1L, 3L, 5L);
    }

    @Test
    void withoutReporterIgnoreErrorsNoneFailsTheTask() {
        CassandraSinkTask task = start(null, Map.of());
        engine.badMapping.add(2L);

        assertThatThrownBy(() -> task.put(batch(1, 2)))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("ignoreErrors=NONE");
    }

    @Test
    void withoutReporterIgnoreErrorsAllSkipsBadRecords() {
        CassandraSinkTask task = start(null, Map.of("ignoreErrors", "All"));
        engine.badMapping.add(2L);

        task.put(batch(1, 2, 3));

        assertThat(engine.written).extracting(SinkRecord::kafkaOffset).containsExactly(1L, 3L);
    }

    @Test
    void sessionIsRebuiltWhenNoNodeWasUpForTheRestartWindow() {
        CassandraSinkTask task = start(reporter, Map.of("kafkapipeline.session.restart.ms", "30000"));
        engine.down = true;

        assertThatThrownBy(() -> task.put(batch(1))).isInstanceOf(RetriableException.class);
        clock.addAndGet(30_000);
        assertThatThrownBy(() -> task.put(batch(1))).isInstanceOf(RetriableException.class);
        engine.down = false;
        task.put(batch(1));

        assertThat(engine.restarts).isEqualTo(1);
        assertThat(engine.starts).isEqualTo(2);
        assertThat(engine.written).hasSize(1);
    }

    @Test
    void invalidEngineConfigFailsAtStart() {
        assertThatThrownBy(() -> start(reporter, Map.of("ignoreErrors", "sometimes")))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("ignoreErrors");
    }

    @Test
    void stopClosesTheEngine() {
        CassandraSinkTask task = start(reporter, Map.of());

        task.stop();

        assertThat(engine.closed).isTrue();
    }
}
