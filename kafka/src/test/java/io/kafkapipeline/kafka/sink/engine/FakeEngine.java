package io.kafkapipeline.kafka.sink.engine;

import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Stands in for Cassandra and the engine. Records with an offset in {@link #badMapping} fail mapping; one in
 * {@link #rejected} makes Cassandra reject the whole write call it is in, as the engine's per-partition-key batches
 * do; while {@link #down} every write fails as with no node available.
 */
public final class FakeEngine implements SinkEngine {

    public final Deque<RuntimeException> startFailures = new ArrayDeque<>();
    public final Set<Long> badMapping = new HashSet<>();
    public final Set<Long> rejected = new HashSet<>();
    public final List<SinkRecord> written = new ArrayList<>();
    public final List<Integer> writeCalls = new ArrayList<>();
    public boolean down;
    public int starts;
    public int restarts;
    public boolean closed;
    private boolean started;

    @Override
    public void ensureStarted() {
        if (started) {
            return;
        }
        RuntimeException failure = startFailures.poll();
        if (failure != null) {
            throw failure;
        }
        started = true;
        starts++;
    }

    @Override
    public BatchOutcome write(Collection<SinkRecord> records) {
        if (!started) {
            throw new IllegalStateException("not started");
        }
        writeCalls.add(records.size());
        BatchOutcome outcome = new BatchOutcome();
        RuntimeException rejection = records.stream().anyMatch(r -> rejected.contains(r.kafkaOffset()))
                ? new IllegalStateException("Key may not be empty")
                : null;
        RuntimeException unavailable = new NoNodeAvailableException();
        for (SinkRecord record : records) {
            if (badMapping.contains(record.kafkaOffset())) {
                outcome.failed(
                        record,
                        new IllegalArgumentException("Primary key column location cannot be mapped to null"),
                        null);
            } else if (down) {
                outcome.failed(record, unavailable, "INSERT INTO t");
            } else if (rejection != null) {
                outcome.failed(record, rejection, "INSERT INTO t");
            } else {
                written.add(record);
                outcome.succeeded(record);
            }
        }
        return outcome;
    }

    @Override
    public boolean anyNodeUp() {
        return started && !down;
    }

    @Override
    public void restart() {
        started = false;
        restarts++;
    }

    @Override
    public void close() {
        closed = true;
    }
}
