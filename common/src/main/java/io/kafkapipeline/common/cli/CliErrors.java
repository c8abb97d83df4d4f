package io.kafkapipeline.common.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The one error form of every command line of the project ({@code ./pipeline} and the mains it runs): a failure is
 * one line {@code error: <what happened>} on stderr and exit code 1; a usage error is {@code error: <message>}, the
 * command's synopsis and exit code 2.
 */
public final class CliErrors {

    public static final String PREFIX = "error: ";
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private CliErrors() {}

    /** {@code error: } and the first line of {@code message}. */
    public static String line(String message) {
        String text = message == null || message.isBlank() ? "failed" : message.strip();
        int nl = text.indexOf('\n');
        return PREFIX + (nl < 0 ? text : text.substring(0, nl).strip());
    }

    /** Prints {@link #line(String)} and flushes. */
    public static void print(PrintWriter err, String message) {
        err.println(line(message));
        err.flush();
    }

    /** Usage errors: {@code error: <message>} and the synopsis of the command that was mistyped; exit code 2. */
    public static CommandLine.IParameterExceptionHandler usageErrors() {
        return (e, args) -> {
            CommandLine cmd = e.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println(line(e.getMessage()));
            err.print("Usage: " + cmd.getHelp().synopsis(0));
            err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
            err.flush();
            return EXIT_USAGE;
        };
    }
}
