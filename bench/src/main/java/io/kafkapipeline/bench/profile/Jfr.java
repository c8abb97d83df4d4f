package io.kafkapipeline.bench.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JDK Flight Recorder on another JVM of the stack, through {@code jcmd} (JFR.start / JFR.stop with the JDK's
 * {@code profile} settings: a stack sample of the running threads every 10 ms, GC and CPU load events).
 */
public final class Jfr {

    private static final String NAME = "kafkapipeline-bench";

    private final long pid;

    private Jfr(long pid) {
        this.pid = pid;
    }

    /** Starts a recording in process {@code pid}. */
    public static Jfr start(long pid) {
        Jfr jfr = new Jfr(pid);
        jfr.jcmd("JFR.start", "name=" + NAME, "settings=profile");
        return jfr;
    }

    /** Stops the recording and writes it to {@code file}. */
    public Path stop(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + file.getParent() + ": " + e.getMessage(), e);
        }
        jcmd("JFR.stop", "name=" + NAME, "filename=" + file.toAbsolutePath());
        return file;
    }

    private void jcmd(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        cmd.add(Long.toString(pid));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || out.contains("Could not")) {
                throw new IllegalStateException("jcmd " + String.join(" ", args) + " failed: " + out.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run jcmd (a JDK's bin/jcmd is needed): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
