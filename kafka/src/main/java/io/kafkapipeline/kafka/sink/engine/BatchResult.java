package io.kafkapipeline.kafka.sink.engine;

import io.kafkapipeline.kafka.sink.errors.ErrorClassifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * A batch sorted out: records that failed for good (for the dead-letter queue or the ignore policy, one entry per
 * record), failures to retry because Cassandra was unavailable, and the records that need nothing more.
 */
public record BatchResult(List<Failure> recordFailures, List<Failure> transientFailures, List<SinkRecord> done) {

    /** Sorts the engine's outcome for {@code records}; a record with any transient failure is retried as a whole. */
    public static BatchResult of(List<SinkRecord> records, BatchOutcome outcome) {
        List<Failure> transientFailures = new ArrayList<>();
        List<Failure> others = new ArrayList<>();
        for (Failure failure : outcome.failures()) {
            (ErrorClassifier.isTransient(failure.cause()) ? transientFailures : others).add(failure);
        }
        Set<SinkRecord> retried = identitySet();
        transientFailures.forEach(f -> retried.add(f.record()));
        Set<SinkRecord> reported = identitySet();
        List<Failure> recordFailures = new ArrayList<>();
        for (Failure failure : others) {
            if (!retried.contains(failure.record()) && reported.add(failure.record())) {
                recordFailures.add(failure);
            }
        }
        List<SinkRecord> done = new ArrayList<>();
        records.stream().filter(r -> !retried.contains(r)).forEach(done::add);
        return new BatchResult(List.copyOf(recordFailures), List.copyOf(transientFailures), List.copyOf(done));
    }

    public boolean hasTransientFailures() {
        return !transientFailures.isEmpty();
    }

    private static Set<SinkRecord> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
