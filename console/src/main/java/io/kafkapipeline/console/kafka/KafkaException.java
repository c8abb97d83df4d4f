package io.kafkapipeline.console.kafka;

/** Kafka could not do what a page or API call asked; the message is shown to the user. */
public final class KafkaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KafkaException(String message, Throwable cause) {
        super(message, cause);
    }

    public KafkaException(String message) {
        super(message);
    }
}
