package io.kafkapipeline.kafka.sink.engine;

import io.kafkapipeline.kafka.sink.errors.ErrorClassifier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One record on its way to its tables: its {@link Outcome} goes out once every table has answered (or the record
 * did not map to it). Tables answer from driver threads, hence the atomics.
 */
final class RecordWrite {

    private final SinkRecord record;
    private final Consumer<Outcome> outcomes;
    private final AtomicInteger unanswered;
    private final AtomicReference<Outcome> transientFailure = new AtomicReference<>();
    private final AtomicReference<Outcome> failure = new AtomicReference<>();

    /** @param tables how many answers to wait for; 0 answers at once (written: nothing to write) */
    RecordWrite(SinkRecord record, int tables, Consumer<Outcome> outcomes) {
        this.record = record;
        this.outcomes = outcomes;
        this.unanswered = new AtomicInteger(tables);
        if (tables == 0) {
            outcomes.accept(Outcome.written(record));
        }
    }

    SinkRecord record() {
        return record;
    }

    /**
     * One table's answer.
     *
     * @param cause null when written
     * @param cql the statement, null when the record did not map to the table
     */
    void answered(Throwable cause, String cql) {
        if (cause != null) {
            Outcome failed = new Outcome(record, cause, cql);
            (ErrorClassifier.isTransient(cause) ? transientFailure : failure).compareAndSet(null, failed);
        }
        if (unanswered.decrementAndGet() == 0) {
            Outcome result = transientFailure.get();
            if (result == null) {
                result = failure.get();
            }
            outcomes.accept(result == null ? Outcome.written(record) : result);
        }
    }
}
