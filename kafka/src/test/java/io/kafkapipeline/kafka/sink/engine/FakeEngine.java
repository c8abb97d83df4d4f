package io.kafkapipeline.kafka.sink.engine;

import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Stands in for Cassandra and the engine. Records with an offset in {@link #badMapping} fail mapping (answered
 * during submit); one in {@link #rejected} makes Cassandra reject it; while {@link #down} every write fails as with no
 * node available. Writes answer at once, or, while {@link #hold} is set, only when {@link #answerHeld()} is called
 * (writes in flight); {@link #down} and {@link #rejected} are read when a write answers.
 */
public final class FakeEngine implements SinkEngine {

    public final Deque<RuntimeException> startFailures = new ArrayDeque<>();
    public final Set<Long> badMapping = new HashSet<>();
    public final Set<Long> rejected = new HashSet<>();
    public final List<SinkRecord> written = new ArrayList<>();
    public final List<Integer> writeCalls = new ArrayList<>();
    public boolean down;
    public boolean hold;
    public int starts;
    public int restarts;
    public boolean closed;
    private boolean started;
    private final List<Runnable> held = new ArrayList<>();
    private final Object lock = new Object();

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
    public void submit(Collection<SinkRecord> records, Consumer<Outcome> outcomes) {
        if (!started) {
            throw new IllegalStateException("not started");
        }
        writeCalls.add(records.size());
        for (SinkRecord record : records) {
            if (badMapping.contains(record.kafkaOffset())) {
                outcomes.accept(new Outcome(
                        record,
                        new IllegalArgumentException("Primary key column location cannot be mapped to null"),
                        null));
            } else if (hold) {
                synchronized (lock) {
                    held.add(() -> answer(record, outcomes));
                }
            } else {
                answer(record, outcomes);
            }
        }
    }

    /** Answers every held write, in the order they were sent. */
    public void answerHeld() {
        answerHeld(Integer.MAX_VALUE);
    }

    /** Answers the {@code count} oldest held writes. */
    public void answerHeld(int count) {
        List<Runnable> answers;
        synchronized (lock) {
            List<Runnable> oldest = held.subList(0, Math.min(count, held.size()));
            answers = new ArrayList<>(oldest);
            oldest.clear();
        }
        answers.forEach(Runnable::run);
    }

    public int inFlight() {
        synchronized (lock) {
            return held.size();
        }
    }

    private void answer(SinkRecord record, Consumer<Outcome> outcomes) {
        if (down) {
            outcomes.accept(new Outcome(record, new NoNodeAvailableException(), "INSERT INTO t"));
        } else if (rejected.contains(record.kafkaOffset())) {
            outcomes.accept(new Outcome(record, new IllegalStateException("Key may not be empty"), "INSERT INTO t"));
        } else {
            synchronized (lock) {
                written.add(record);
            }
            outcomes.accept(Outcome.written(record));
        }
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
