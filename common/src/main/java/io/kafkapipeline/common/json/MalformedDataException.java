package io.kafkapipeline.common.json;

/** A body or record that cannot be turned into a contract record: empty, truncated, or missing fields. */
public class MalformedDataException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedDataException(String message) {
        super(message);
    }
}
