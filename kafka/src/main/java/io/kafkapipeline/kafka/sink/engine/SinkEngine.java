package io.kafkapipeline.kafka.sink.engine;

import java.util.Collection;
import org.apache.kafka.connect.sink.SinkRecord;

/** What the Connect task needs from the Cassandra side; {@link CassandraEngine} in production, fakes in tests. */
public interface SinkEngine extends AutoCloseable {

    /**
     * Connects and prepares the statements unless that is done.
     *
     * @throws CassandraUnavailableException when Cassandra cannot be reached now (retry later)
     * @throws org.apache.kafka.connect.errors.ConnectException when the configuration or schema is wrong
     */
    void ensureStarted();

    /** Writes the records; returns when every record succeeded or failed. Requires {@link #ensureStarted()}. */
    BatchOutcome write(Collection<SinkRecord> records);

    /** Whether the driver sees at least one Cassandra node up (false when not started). */
    boolean anyNodeUp();

    /** Drops the session; the next {@link #ensureStarted()} builds a new one. */
    void restart();

    @Override
    void close();
}
