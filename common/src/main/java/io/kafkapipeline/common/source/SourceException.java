package io.kafkapipeline.common.source;

/** A fetch that failed; the message is one line and already free of secrets. */
public class SourceException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    public SourceException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, or 0 when there was no response. */
    public int status() {
        return status;
    }
}
