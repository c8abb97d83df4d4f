package io.kafkapipeline.kafka.sink.engine;

import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One record the engine could not handle.
 *
 * @param record the Connect record
 * @param cause what went wrong
 * @param cql the statement that failed, or null when the record failed before the write (mapping)
 */
public record Failure(SinkRecord record, Throwable cause, String cql) {

    /** Whether Cassandra rejected or missed the write, as opposed to the record not mapping to the table. */
    public boolean duringWrite() {
        return cql != null;
    }
}
