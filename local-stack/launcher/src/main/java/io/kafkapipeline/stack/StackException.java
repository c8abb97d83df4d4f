package io.kafkapipeline.stack;

/**
 * A failure of the local stack that a user can act on. The message is written for the user: it names the process,
 * the setting to change or the log to read, and it is printed without a stack trace by the CLI.
 */
public class StackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
