package io.kafkapipeline.sentiment.stream;

/** A record of the input topic that is not a post; it goes to the dead-letter topic with this message as its cause. */
public final class UnreadablePostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnreadablePostException(String message) {
        super(message);
    }
}
