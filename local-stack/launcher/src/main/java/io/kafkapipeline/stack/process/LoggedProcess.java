package io.kafkapipeline.stack.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the stack runs a process of its own (a child JVM, Jupyter, nbconvert): a line {@code ==== <time> <header>}
 * appended to its log file, then the process with stdout and stderr appended to the same file and no stdin; and how
 * it reads such a process back: the log's last lines, the command line of a pid.
 */
public final class LoggedProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private LoggedProcess() {}

    /**
     * Starts {@code command} logging into {@code logFile} (its folder is created).
     *
     * @param header what the log's start line says after the time, e.g. the command line
     * @param environment changes to the inherited environment: a null value removes the variable
     */
    public static Process start(List<String> command, Path logFile, String header, Map<String, String> environment)
            throws IOException {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        Files.writeString(
                logFile,
                "==== " + Instant.now() + " " + header + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        environment.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        return pb.start();
    }

    /**
     * {@code command} run by {@code setsid} where the machine has it: a session of its own, so a Ctrl-C in our
     * terminal does not reach it and the stack stops it in order.
     */
    public static List<String> inOwnSession(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(SETSID.toString());
        cmd.addAll(command);
        return cmd;
    }

    /**
     * The last {@code lines} lines of a log file, without Java stack frames ({@code at ...}): the messages a person
     * reads.
     */
    public static String tail(Path logFile, int lines) {
        try {
            if (!Files.exists(logFile)) {
                return "(no log file " + logFile + ")";
            }
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8).stream()
                    .filter(l ->
                            !l.startsWith("\tat ") && !l.matches("\\s*\\.\\.\\. \\d+ (more|common frames omitted)"))
                    .toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    /** The arguments of a live process (from {@code /proc}, else as the JDK knows them); empty when unknown. */
    public static List<String> commandLine(ProcessHandle h) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(h.pid()), "cmdline"));
            return List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException e) {
            return h.info().arguments().map(List::of).orElse(List.of());
        }
    }
}
