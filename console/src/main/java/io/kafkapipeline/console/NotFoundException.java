package io.kafkapipeline.console;

/** A topic, group, connector or table that does not exist: HTTP 404 with this message. */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
