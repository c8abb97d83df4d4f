package io.kafkapipeline.kafka.sink.engine;

import io.kafkapipeline.kafka.sink.errors.ErrorClassifier;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch through the engine and pins write failures on the records that caused them.
 *
 * <p>The engine groups records of one partition key into one Cassandra batch, so a single bad record fails all of
 * them with the same exception. Records whose write failed with an exception shared by several records are written
 * again one at a time: the good ones land, the bad one fails on its own.
 */
public final class BatchWriter {

    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

    private final SinkEngine engine;

    public BatchWriter(SinkEngine engine) {
        this.engine = engine;
    }

    public BatchResult write(List<SinkRecord> records) {
        BatchOutcome outcome = engine.write(records);
        List<Failure> shared = sharedWriteFailures(outcome.failures());
        if (!shared.isEmpty()) {
            log.debug("Writing {} records of failed Cassandra batches one at a time", shared.size());
            outcome.removeFailures(shared);
            for (Failure failure : shared) {
                outcome.addAll(engine.write(List.of(failure.record())));
            }
        }
        return BatchResult.of(records, outcome);
    }

    /** Non-transient write failures whose exception instance more than one record got. */
    static List<Failure> sharedWriteFailures(List<Failure> failures) {
        List<Failure> candidates = failures.stream()
                .filter(f -> f.duringWrite() && !ErrorClassifier.isTransient(f.cause()))
                .collect(Collectors.toList());
        Map<Throwable, Integer> counts = new IdentityHashMap<>();
        candidates.forEach(f -> counts.merge(f.cause(), 1, Integer::sum));
        return candidates.stream().filter(f -> counts.get(f.cause()) > 1).collect(Collectors.toList());
    }
}
