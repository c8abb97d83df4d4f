package io.kafkapipeline.cassandra;

/** No session could be opened: the message is one line that names the address (and the user, if refused). */
public class CqlConnectException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CqlConnectException(String message, Throwable cause) {
        super(message, cause);
    }
}
