package io.kafkapipeline.datavis;

/**
 * A failure of data-vis whose message is meant for people: one line that names the table, column, line or setting
 * at fault. The CLI prints the message and exits with 1.
 */
public class DataVisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataVisException(String message) {
        super(message);
    }

    public DataVisException(String message, Throwable cause) {
        super(message, cause);
    }
}
