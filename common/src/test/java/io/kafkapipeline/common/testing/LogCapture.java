package io.kafkapipeline.common.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Captures what slf4j-simple writes (it writes to the current {@code System.err}) while still
 * echoing it. Use in try-with-resources.
 */
public final class LogCapture implements AutoCloseable {
    private final PrintStream original;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private LogCapture() {
        original = System.err;
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (captured) {
                    captured.write(b);
                }
                original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (captured) {
                    captured.write(b, off, len);
                }
                original.write(b, off, len);
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** Something to run while capturing (a poll, say). */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** The lines containing {@code level} (see {@link #lines(String)}) logged while {@code action} ran. */
    public static List<String> linesDuring(String level, Action action) throws Exception {
        try (LogCapture logs = start()) {
            action.run();
            return logs.lines(level);
        }
    }

    public String text() {
        System.err.flush();
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    public List<String> lines() {
        return Arrays.stream(text().split("\\R")).filter(l -> !l.isBlank()).collect(Collectors.toList());
    }

    /** The WARN lines of slf4j-simple ({@code <time> WARN <logger> - ...}), not other libraries' output. */
    public List<String> warnings() {
        return lines().stream().filter(l -> l.matches("\\S+ WARN .*")).collect(Collectors.toList());
    }

    /** Lines containing the given level marker, e.g. "WARN". */
    public List<String> lines(String level) {
        return lines().stream().filter(l -> l.contains(level)).collect(Collectors.toList());
    }

    @Override
    public void close() {
        System.err.flush();
        System.setErr(original);
    }
}
