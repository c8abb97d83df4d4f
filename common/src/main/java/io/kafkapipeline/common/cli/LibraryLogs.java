package io.kafkapipeline.common.cli;

import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Env;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Keeps the terminal for the command's own lines: log lines of the libraries (Kafka clients, the Cassandra driver,
 * netty; slf4j-simple writes them to {@code System.err}) go to a log file instead, appended, so several commands can
 * share it. The caller prints its results on stdout and its one {@code error: ...} line on the stream returned.
 */
public final class LibraryLogs {

    public static final ConfigKey<String> LOG_FILE = ConfigKey.optionalString(
            "PIPELINE_LOG_FILE",
            "File that log lines of the libraries (Kafka clients, Cassandra driver, netty) are appended to instead of"
                    + " stderr; ./pipeline sets it to <state>/logs/cli.log for the commands it runs. Unset: stderr.");

    private LibraryLogs() {}

    /**
     * From now on, everything written to {@code System.err} is appended to {@code file}; returns a stream to the
     * terminal's stderr for the command's own error line. If the file cannot be opened, stderr stays as it was.
     */
    public static PrintStream toFile(Path file) {
        PrintStream terminal = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            OutputStream log = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            terminal.println("warning: cannot write " + file + " (" + e.getMessage() + "); library logs stay here");
        }
        return terminal;
    }

    /** {@link #toFile} with the file of {@code PIPELINE_LOG_FILE}, if set; else {@code System.err} as it is. */
    public static PrintStream fromEnvironment(Map<String, String> env) {
        String file = new ConfigDef().define(LOG_FILE).parse(Env.of(env)).get(LOG_FILE);
        return file.isEmpty() ? System.err : toFile(Path.of(file));
    }
}
