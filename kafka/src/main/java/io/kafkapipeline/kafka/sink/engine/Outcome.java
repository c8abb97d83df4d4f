package io.kafkapipeline.kafka.sink.engine;

import io.kafkapipeline.kafka.sink.errors.ErrorClassifier;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * What became of one record: written to every table it maps to, or failed. A record mapped to several tables that
 * failed in more than one gets the transient failure if any (it is retried as a whole), else the first.
 *
 * @param record the Connect record
 * @param cause null when written
 * @param cql the statement that failed; null when written or when the record did not map to the table
 */
public record Outcome(SinkRecord record, Throwable cause, String cql) {

    public static Outcome written(SinkRecord record) {
        return new Outcome(record, null, null);
    }

    public boolean isWritten() {
        return cause == null;
    }

    /** Failed because Cassandra was unavailable: retry later, never a dead letter. */
    public boolean isTransient() {
        return cause != null && ErrorClassifier.isTransient(cause);
    }

    public Failure failure() {
        return new Failure(record, cause, cql);
    }
}
