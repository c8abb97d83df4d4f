package io.kafkapipeline.kafka.sink.engine;

/** Cassandra cannot be reached right now; the cause says why. Retry later. */
public class CassandraUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CassandraUnavailableException(Throwable cause) {
        super("Cassandra is unavailable: " + cause, cause);
    }
}
