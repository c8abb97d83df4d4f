package io.kafkapipeline.common.source;

/** No usable answer after retries: connection error, timeout, or 5xx. Triggers the auto fallback to replay. */
public class SourceUnreachableException extends SourceException {
    private static final long serialVersionUID = 1L;

    public SourceUnreachableException(int status, String message) {
        super(status, message);
    }
}
