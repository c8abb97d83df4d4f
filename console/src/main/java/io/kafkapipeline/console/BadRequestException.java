package io.kafkapipeline.console;

/** A request the console cannot carry out as asked (a bad parameter, a group that is not stopped): HTTP 400. */
public final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
