package io.kafkapipeline.consumers.loop;

import io.kafkapipeline.consumers.config.ConsumerSettings;
import io.kafkapipeline.consumers.format.StatusLines;
import io.kafkapipeline.consumers.validate.Verdict;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one topic: every record is validated and printed as one line (or an {@code invalid ...} line with the
 * reason), a {@code summary ...} line follows every summary interval and once at the end. Offsets of handled
 * records are committed to the group. The loop ends after {@code --max} records, once caught up
 * ({@code --stop-at-end}), or when {@link #stop()} is called from another thread; Kafka errors it cannot ride out
 * propagate. The caller owns (and closes) the consumer.
 */
public final class ConsumerLoop {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLoop.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration LAG_TIMEOUT = Duration.ofSeconds(5);

    private final Consumer<String, String> consumer;
    private final ConsumerSettings settings;
    private final RecordHandler handler;
    private final PrintStream out;
    private final ConsumerStats stats;
    private final Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
    private volatile boolean stopRequested;
    private boolean uncommitted;

    public ConsumerLoop(
            Consumer<String, String> consumer, ConsumerSettings settings, RecordHandler handler, PrintStream out) {
        this(consumer, settings, handler, out, System::nanoTime);
    }

    /* visible for testing */ ConsumerLoop(
            Consumer<String, String> consumer,
            ConsumerSettings settings,
            RecordHandler handler,
            PrintStream out,
            LongSupplier nanoTime) {
        this.consumer = consumer;
        this.settings = settings;
        this.handler = handler;
        this.out = out;
        this.stats = new ConsumerStats(nanoTime);
    }

    public LoopResult run() {
        LoopResult.End end;
        try {
            end = loop();
        } catch (WakeupException e) {
            if (!stopRequested) {
                throw e;
            }
            end = LoopResult.End.STOPPED;
        }
        finish(end);
        return new LoopResult(end, stats.validCount(), stats.invalidCount());
    }

    /** Ends the loop from another thread (a shutdown hook): wakes a blocked poll. */
    public void stop() {
        stopRequested = true;
        consumer.wakeup();
    }

    private LoopResult.End loop() {
        CatchUp catchUp = settings.stopAtEnd() ? CatchUp.snapshot(consumer, settings.topic(), REQUEST_TIMEOUT) : null;
        consumer.subscribe(
                List.of(settings.topic()),
                new StartPositions(consumer, settings.fromBeginning(), this::commitBeforeRevoke));
        while (true) {
            if (stopRequested) {
                return LoopResult.End.STOPPED;
            }
            if (catchUp != null && catchUp.reached(consumer, processed)) {
                return LoopResult.End.CAUGHT_UP;
            }
            ConsumerRecords<String, String> batch = consumer.poll(settings.pollTimeout());
            for (ConsumerRecord<String, String> record : batch) {
                if (catchUp != null && catchUp.beyond(record)) {
                    continue;
                }
                handle(record);
                if (settings.maxRecords() > 0 && stats.total() >= settings.maxRecords()) {
                    return LoopResult.End.MAX_REACHED;
                }
            }
            commitAsync();
            if (stats.summaryDue(settings.summaryInterval())) {
                out.println(StatusLines.summary(
                        settings.topic(),
                        stats.validCount(),
                        stats.invalidCount(),
                        stats.takeIntervalRate(),
                        LagProbe.lag(consumer, processed, LAG_TIMEOUT),
                        null));
            }
        }
    }

    private void handle(ConsumerRecord<String, String> record) {
        log.trace("record {}-{}@{}", record.topic(), record.partition(), record.offset());
        Verdict<String> verdict;
        try {
            verdict = handler.handle(record.value());
        } catch (RuntimeException e) {
            verdict = new Verdict.Invalid<>("cannot be checked: " + e);
        }
        if (verdict instanceof Verdict.Valid<String> valid) {
            stats.valid();
            out.println(valid.record());
        } else {
            stats.invalid();
            out.println(StatusLines.invalid(
                    record.topic(), record.partition(), record.offset(), ((Verdict.Invalid<String>) verdict).reason()));
        }
        processed.put(
                new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        uncommitted = true;
    }

    private void commitAsync() {
        if (!uncommitted) {
            return;
        }
        uncommitted = false;
        consumer.commitAsync(Map.copyOf(processed), (offsets, error) -> {
            if (error != null) {
                log.debug("offset commit failed (the next one covers it): {}", error.toString());
            }
        });
    }

    private void commitBeforeRevoke(Collection<TopicPartition> revoked) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        revoked.forEach(tp -> {
            if (processed.containsKey(tp)) {
                offsets.put(tp, processed.get(tp));
            }
        });
        if (!offsets.isEmpty()) {
            try {
                consumer.commitSync(offsets, REQUEST_TIMEOUT);
            } catch (WakeupException e) {
                throw e;
            } catch (KafkaException e) {
                log.warn("Could not commit the offsets of revoked partitions {}: {}", revoked, e.toString());
            }
        }
    }

    /** Commits what was handled, then prints the final summary; never throws. */
    private void finish(LoopResult.End end) {
        OptionalLong lag = OptionalLong.empty();
        try {
            commitFinal();
            lag = LagProbe.lag(consumer, processed, LAG_TIMEOUT);
        } catch (KafkaException e) {
            log.warn("Could not commit the final offsets of {}: {}", settings.topic(), e.toString());
        }
        out.println(StatusLines.summary(
                settings.topic(), stats.validCount(), stats.invalidCount(), stats.overallRate(), lag, end.label()));
        out.flush();
        log.info(
                "{}: {} after {} records ({} invalid)",
                settings.topic(),
                end.label(),
                stats.total(),
                stats.invalidCount());
    }

    private void commitFinal() {
        if (processed.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(Map.copyOf(processed), REQUEST_TIMEOUT);
        } catch (WakeupException e) {
            // a stop() that raced with the end of the loop; the wakeup is used up, so commit again
            consumer.commitSync(Map.copyOf(processed), REQUEST_TIMEOUT);
        }
    }
}
