package io.kafkapipeline.consumers.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.testing.Samples;
import io.kafkapipeline.consumers.RecordHandlers;
import io.kafkapipeline.consumers.config.ConsumerSettings;
import io.kafkapipeline.consumers.contract.Contracts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ConsumerLoopTest {

    private static final String TOPIC = "weather";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private static final String VALID = Samples.WEATHER.toJson();
    private static final String VALID_LINE = "weather Hanoi 2026-11-28T04:00Z 24.1°C 78% \"light rain\"";

    private final MockConsumer<String, String> consumer = new MockConsumer<>("latest");
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    @BeforeEach
    void topicWithTwoPartitions() {
        consumer.updatePartitions(TOPIC, List.of(partition(0), partition(1)));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
    }

    @Test
    void maxExitsAfterNRecordsAndCommitsOnlyThose() {
        consumer.updateEndOffsets(Map.of(P0, 5L, P1, 0L));
        assignAndAdd(records(P0, 0, VALID, VALID, VALID, VALID, VALID));

        LoopResult result = loop(settings(true, 3, false)).run();

        assertThat(result).isEqualTo(new LoopResult(LoopResult.End.MAX_REACHED, 3, 0));
        assertThat(lines())
                .containsExactly(
                        VALID_LINE,
                        VALID_LINE,
                        VALID_LINE,
                        "summary topic=weather records=3 valid=3 invalid=0 rate=0.0/s lag=2 end=max-reached");
        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(3));
    }

    @Test
    void invalidRecordsAreCountedAndReportedWithPartitionAndOffset() {
        consumer.updateEndOffsets(Map.of(P0, 3L, P1, 2L));
        List<ConsumerRecord<String, String>> records = new ArrayList<>(records(P0, 0, VALID, "not json", VALID));
        records.addAll(records(P1, 0, Samples.edited(Samples.WEATHER, t -> t.remove("location")), VALID));
        assignAndAdd(records);

        LoopResult result = loop(settings(true, 0, true)).run();

        assertThat(result).isEqualTo(new LoopResult(LoopResult.End.CAUGHT_UP, 3, 2));
        assertThat(lines())
                .containsExactlyInAnyOrder(
                        VALID_LINE,
                        VALID_LINE,
                        VALID_LINE,
                        "invalid topic=weather partition=0 offset=1 reason=not JSON: Unrecognized token 'not': was expecting"
                                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "invalid topic=weather partition=1 offset=0 reason=missing required column 'location'",
                        "summary topic=weather records=5 valid=3 invalid=2 rate=0.0/s lag=0 end=caught-up");
        assertThat(lines()).last().asString().startsWith("summary ");
    }

    @Test
    void periodicSummaryIsPrintedWhenTheIntervalHasPassed() {
        consumer.updateEndOffsets(Map.of(P0, 10L, P1, 0L));
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0, P1));
            records(P0, 0, VALID, VALID, VALID, "[]").forEach(consumer::addRecord);
            clock.addAndGet(TimeUnit.SECONDS.toNanos(2));
        });
        consumer.schedulePollTask(() -> {
            records(P0, 4, VALID, VALID, VALID, VALID).forEach(consumer::addRecord);
            clock.addAndGet(TimeUnit.SECONDS.toNanos(2));
        });
        consumer.schedulePollTask(() -> {
            records(P0, 8, VALID, VALID).forEach(consumer::addRecord);
            clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
        });

        LoopResult result =
                loop(settings(true, 10, false, Duration.ofSeconds(3))).run();

        assertThat(result).isEqualTo(new LoopResult(LoopResult.End.MAX_REACHED, 9, 1));
        assertThat(lines())
                .filteredOn(l -> l.startsWith("summary"))
                .containsExactly(
                        "summary topic=weather records=8 valid=7 invalid=1 rate=2.0/s lag=2",
                        "summary topic=weather records=10 valid=9 invalid=1 rate=2.0/s lag=0 end=max-reached");
    }

    @Test
    void stopAtEndLeavesRecordsPastTheEndSeenAtStartForTheNextRun() {
        consumer.updateEndOffsets(Map.of(P0, 2L, P1, 0L));
        assignAndAdd(records(P0, 0, VALID, VALID, VALID, VALID));

        LoopResult result = loop(settings(true, 0, true)).run();

        assertThat(result).isEqualTo(new LoopResult(LoopResult.End.CAUGHT_UP, 2, 0));
        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(2));
    }

    @Test
    void stopAtEndOnAnEmptyTopicEndsAtOnce() {
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));

        LoopResult result = loop(settings(true, 0, true)).run();

        assertThat(result).isEqualTo(new LoopResult(LoopResult.End.CAUGHT_UP, 0, 0));
        assertThat(lines())
                .containsExactly("summary topic=weather records=0 valid=0 invalid=0 rate=0.0/s lag=? end=caught-up");
    }

    @Test
    void stopAtEndOnAMissingTopicEndsAtOnce() {
        ConsumerSettings settings = new ConsumerSettings(
                "b:9092", "nothing-here", Contracts.WEATHER, "g", false, 0, true, Duration.ZERO, Duration.ofMillis(10));

        assertThat(loop(settings).run().end()).isEqualTo(LoopResult.End.CAUGHT_UP);
    }

    @Test
    void fromBeginningRewindsAPartitionTheGroupHadCommitted() {
        consumer.updateEndOffsets(Map.of(P0, 3L, P1, 0L));
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0, P1));
            consumer.commitSync(Map.of(P0, new OffsetAndMetadata(2)));
        });
        consumer.schedulePollTask(() -> records(P0, 0, VALID, VALID, VALID).forEach(consumer::addRecord));

        LoopResult result = loop(settings(true, 0, true)).run();

        assertThat(result.valid()).isEqualTo(3);
        assertThat(consumer.position(P0)).isEqualTo(3);
    }

    @Test
    void withoutFromBeginningTheCommittedOffsetIsWhereReadingStarts() {
        consumer.updateEndOffsets(Map.of(P0, 3L, P1, 0L));
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0, P1));
            consumer.commitSync(Map.of(P0, new OffsetAndMetadata(2)));
        });
        consumer.schedulePollTask(() -> {
            assertThat(consumer.position(P0)).isEqualTo(2);
            records(P0, 2, VALID).forEach(consumer::addRecord);
        });

        LoopResult result = loop(settings(false, 0, true)).run();

        assertThat(result.valid()).isEqualTo(1);
    }

    @Test
    void stopFromAnotherThreadEndsTheLoop() throws Exception {
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.schedulePollTask(() -> consumer.rebalance(List.of(P0, P1)));
        ConsumerLoop loop = loop(settings(false, 0, false));

        CompletableFuture<LoopResult> run = CompletableFuture.supplyAsync(loop::run);
        Thread.sleep(100);
        loop.stop();

        assertThat(run.get(10, TimeUnit.SECONDS).end()).isEqualTo(LoopResult.End.STOPPED);
        assertThat(lines()).last().asString().endsWith("end=stopped");
    }

    @Test
    void aHandlerFailureCountsAsInvalid() {
        consumer.updateEndOffsets(Map.of(P0, 1L, P1, 0L));
        assignAndAdd(records(P0, 0, VALID));
        RecordHandler broken = value -> {
            throw new IllegalStateException("boom");
        };

        LoopResult result = new ConsumerLoop(consumer, settings(true, 0, true), broken, out, clock::get).run();

        assertThat(result.invalid()).isEqualTo(1);
        assertThat(lines().get(0))
                .isEqualTo(
                        "invalid topic=weather partition=0 offset=0 reason=cannot be checked: java.lang.IllegalStateException: boom");
    }

    @Test
    void kafkaErrorsPropagate() {
        consumer.updateEndOffsets(Map.of(P0, 1L, P1, 0L));
        consumer.setPollException(new KafkaException("broker gone"));

        assertThatThrownBy(() -> loop(settings(true, 0, false)).run())
                .isInstanceOf(KafkaException.class)
                .hasMessage("broker gone");
    }

    private ConsumerLoop loop(ConsumerSettings settings) {
        return new ConsumerLoop(consumer, settings, RecordHandlers.forContract(settings.contract()), out, clock::get);
    }

    private static ConsumerSettings settings(boolean fromBeginning, long max, boolean stopAtEnd) {
        return settings(fromBeginning, max, stopAtEnd, Duration.ZERO);
    }

    private static ConsumerSettings settings(boolean fromBeginning, long max, boolean stopAtEnd, Duration summary) {
        return new ConsumerSettings(
                "b:9092", TOPIC, Contracts.WEATHER, "g", fromBeginning, max, stopAtEnd, summary, Duration.ofMillis(10));
    }

    private void assignAndAdd(List<ConsumerRecord<String, String>> records) {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0, P1));
            records.forEach(consumer::addRecord);
        });
    }

    private static List<ConsumerRecord<String, String>> records(TopicPartition tp, long firstOffset, String... values) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            records.add(new ConsumerRecord<>(tp.topic(), tp.partition(), firstOffset + i, "k", values[i]));
        }
        return records;
    }

    private List<String> lines() {
        return Arrays.asList(printed.toString(StandardCharsets.UTF_8).split("\\R"));
    }

    private static PartitionInfo partition(int number) {
        return new PartitionInfo(TOPIC, number, null, null, null);
    }
}
