package io.kafkapipeline.kafka.sink.engine;

import java.util.Collection;
import java.util.function.Consumer;
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

    /**
     * Maps the records and starts writing them; returns once every write is sent, without waiting for the answers.
     * {@code outcomes} gets exactly one {@link Outcome} per record: on this thread for a record that does not map,
     * on a driver thread once Cassandra has answered for the others. Blocks while the engine's limit of requests in
     * flight ({@code maxConcurrentRequests}) is reached. Requires {@link #ensureStarted()}.
     */
    void submit(Collection<SinkRecord> records, Consumer<Outcome> outcomes);

    /** Whether the driver sees at least one Cassandra node up (false when not started). */
    boolean anyNodeUp();

    /** Drops the session; the next {@link #ensureStarted()} builds a new one. */
    void restart();

    @Override
    void close();
}
