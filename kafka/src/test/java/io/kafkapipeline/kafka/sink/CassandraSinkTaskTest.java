package io.kafkapipeline.kafka.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import io.kafkapipeline.kafka.sink.config.EngineProps;
import io.kafkapipeline.kafka.sink.engine.CassandraUnavailableException;
import io.kafkapipeline.kafka.sink.engine.FakeEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.awaitility.Awaitility;
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
                clock::get,
                0);
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

    /**
     * A task (with {@code reporter}, or none) that was given offsets 1, 2 and 3 and whose writes answered after the
     * put returned, offset 2 rejected by Cassandra.
     */
    private CassandraSinkTask putThreeWithTheSecondRejected(ErrantRecordReporter reporter) {
        CassandraSinkTask task = start(reporter, Map.of());
        engine.hold = true;
        engine.rejected.add(2L);
        task.put(batch(1, 2, 3));
        engine.answerHeld();
        return task;
    }

    private static final TopicPartition WEATHER_0 = new TopicPartition("weather", 0);

    private static Map<TopicPartition, OffsetAndMetadata> consumed(long position) {
        return Map.of(WEATHER_0, new OffsetAndMetadata(position));
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
                .containsEntry("datastax-java-driver.advanced.netty.admin-group.shutdown.quiet-period", "0")
                .containsEntry("datastax-java-driver.advanced.metadata.schema.request-timeout", "30 seconds");
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
    void writesOfOnePollAreStillInFlightWhenTheNextPollIsTaken() {
        CassandraSinkTask task = start(reporter, Map.of());
        engine.hold = true;

        task.put(batch(1, 2, 3));
        task.put(batch(4, 5, 6));

        assertThat(engine.inFlight()).isEqualTo(6);
        assertThat(engine.writeCalls).containsExactly(3, 3);
    }

    @Test
    void offsetsAreCommittedOnlyUpToTheFirstRecordNotWritten() {
        CassandraSinkTask task = start(reporter, Map.of());
        engine.hold = true;
        task.put(batch(1, 2, 3));

        assertThat(task.preCommit(consumed(4))).containsEntry(WEATHER_0, new OffsetAndMetadata(1));
        engine.answerHeld();
        assertThat(task.preCommit(consumed(4))).containsEntry(WEATHER_0, new OffsetAndMetadata(4));
    }

    @Test
    void preCommitNeverCommitsBeyondWhatTheWorkerConsumed() {
        CassandraSinkTask task = start(reporter, Map.of());
        task.put(batch(1, 2, 3));

        assertThat(task.preCommit(consumed(2))).containsEntry(WEATHER_0, new OffsetAndMetadata(2));
        assertThat(task.preCommit(Map.of())).isEmpty();
    }

    @Test
    void aRecordTheWorkerDroppedAfterTheLastWrittenOneIsCommittedPast() {
        CassandraSinkTask task = start(reporter, Map.of());
        task.put(batch(1, 2, 3));
        // Offset 4 was not JSON: the worker reported it to the dead-letter queue and handed over an empty poll.
        task.put(List.of());

        assertThat(task.preCommit(consumed(5))).containsEntry(WEATHER_0, new OffsetAndMetadata(5));
    }

    @Test
    void preCommitReportsFailuresThatArrivedAndCommitsPastThem() {
        CassandraSinkTask task = putThreeWithTheSecondRejected(reporter);

        assertThat(task.preCommit(consumed(4))).containsEntry(WEATHER_0, new OffsetAndMetadata(4));
        assertThat(dlq).extracting(SinkRecord::kafkaOffset).containsExactly(2L);
    }

    @Test
    void anOutageWhileWritesAreInFlightHoldsTheirOffsetsUntilTheyAreWrittenAgain() {
        CassandraSinkTask task = start(reporter, Map.of());
        engine.hold = true;
        task.put(batch(1, 2, 3));
        engine.down = true;
        engine.answerHeld();

        assertThat(task.preCommit(consumed(4))).containsEntry(WEATHER_0, new OffsetAndMetadata(1));
        assertThatThrownBy(() -> task.put(batch(4, 5))).isInstanceOf(RetriableException.class);
        assertThat(context.timeouts).containsExactly(2_000L);
        assertThat(task.preCommit(consumed(4))).containsEntry(WEATHER_0, new OffsetAndMetadata(1));

        engine.down = false;
        engine.hold = false;
        task.put(batch(4, 5));

        assertThat(engine.written).extracting(SinkRecord::kafkaOffset).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(task.preCommit(consumed(6))).containsEntry(WEATHER_0, new OffsetAndMetadata(6));
        assertThat(dlq).isEmpty();
    }

    @Test
    void answersForARevokedPartitionAreDroppedAndNeverReported() {
        CassandraSinkTask task = start(reporter, Map.of());
        engine.hold = true;
        engine.rejected.add(2L);
        task.put(batch(1, 2));

        task.close(List.of(WEATHER_0));
        engine.hold = false;
        task.put(batch(1, 2));
        engine.answerHeld();

        assertThat(dlq).extracting(SinkRecord::kafkaOffset).containsExactly(2L);
        assertThat(task.preCommit(consumed(3))).containsEntry(WEATHER_0, new OffsetAndMetadata(3));
    }

    @Test
    void staleAnswersDoNotCountForTheSameOffsetsConsumedAgain() {
        CassandraSinkTask task = start(reporter, Map.of());
        engine.hold = true;
        task.put(batch(1, 2));
        task.close(List.of(WEATHER_0));
        task.put(batch(1, 2));

        engine.answerHeld(2);
        assertThat(task.preCommit(consumed(3))).containsEntry(WEATHER_0, new OffsetAndMetadata(1));
        engine.answerHeld();
        assertThat(task.preCommit(consumed(3))).containsEntry(WEATHER_0, new OffsetAndMetadata(3));
    }

    @Test
    void withoutWritesAcrossPollsPutReturnsOnlyOnceItsWritesAnswered() throws Exception {
        CassandraSinkTask task = start(reporter, Map.of("kafkapipeline.write.across.polls", "false"));
        engine.hold = true;
        CompletableFuture<Void> put = CompletableFuture.runAsync(() -> task.put(batch(1, 2)));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> engine.inFlight() == 2);
        Thread.sleep(200);
        assertThat(put).isNotDone();
        engine.answerHeld();
        put.get(10, TimeUnit.SECONDS);

        assertThat(engine.written).hasSize(2);
    }

    @Test
    void aFatalFailureFoundAtCommitTimeFailsTheNextPut() {
        CassandraSinkTask task = putThreeWithTheSecondRejected(null);

        assertThat(task.preCommit(consumed(4))).containsEntry(WEATHER_0, new OffsetAndMetadata(2));
        assertThatThrownBy(() -> task.put(batch(4)))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("ignoreErrors=NONE");
    }

    @Test
    void stopClosesTheEngine() {
        CassandraSinkTask task = start(reporter, Map.of());

        task.stop();

        assertThat(engine.closed).isTrue();
    }
}
