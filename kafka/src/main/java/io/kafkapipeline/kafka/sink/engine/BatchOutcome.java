package io.kafkapipeline.kafka.sink.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * What the engine reported for one batch. The engine calls back from its mapping and driver threads, hence the
 * concurrent queues. A record mapped to several tables can both succeed and fail.
 */
public final class BatchOutcome {

    private final Queue<SinkRecord> written = new ConcurrentLinkedQueue<>();
    private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();

    public void succeeded(SinkRecord record) {
        written.add(record);
    }

    public void failed(SinkRecord record, Throwable cause, String cql) {
        failures.add(new Failure(record, cause, cql));
    }

    /** Adds everything another outcome reported. */
    public void addAll(BatchOutcome other) {
        written.addAll(other.written);
        failures.addAll(other.failures);
    }

    /** Forgets these failures (identity), e.g. before writing their records again. */
    public void removeFailures(Collection<Failure> toRemove) {
        failures.removeIf(f -> toRemove.stream().anyMatch(r -> r == f));
    }

    public List<SinkRecord> written() {
        return new ArrayList<>(written);
    }

    public List<Failure> failures() {
        return new ArrayList<>(failures);
    }
}
