package io.kafkapipeline.kafka.sink.errors;

/** Exceptions as one log line. */
public final class Causes {

    private static final int MAX_LENGTH = 400;

    private Causes() {}

    /** {@code SimpleName: message} on one line, cut at 400 characters. */
    public static String oneLine(Throwable error) {
        String message = error.getMessage();
        String text = error.getClass().getSimpleName()
                + (message == null || message.isBlank()
                        ? ""
                        : ": " + message.replaceAll("\\s+", " ").trim());
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "...";
    }
}
