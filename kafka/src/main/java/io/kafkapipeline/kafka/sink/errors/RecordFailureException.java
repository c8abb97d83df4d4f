package io.kafkapipeline.kafka.sink.errors;

import io.kafkapipeline.kafka.sink.engine.Failure;
import org.apache.kafka.connect.errors.DataException;

/**
 * Why a record did not land, as reported to the dead-letter queue: the worker puts this class name and message in
 * the {@code __connect.errors.exception.*} headers.
 */
public class RecordFailureException extends DataException {

    private static final long serialVersionUID = 1L;

    private RecordFailureException(String message, Throwable cause) {
        super(message, cause);
    }

    public static RecordFailureException of(Failure failure) {
        String cause = describe(failure.cause());
        String message = failure.duringWrite()
                ? "Cassandra rejected the write [" + failure.cql() + "]: " + cause
                : "Record could not be mapped to the Cassandra table: " + cause;
        return new RecordFailureException(message, failure.cause());
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getName() : message;
    }
}
