package io.kafkapipeline.stack.process;

import io.kafkapipeline.stack.StackException;
import io.kafkapipeline.stack.child.ChildMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One child JVM of the local stack: its command line, log file and pid file, start, stop and liveness.
 *
 * <p>Every child carries {@code -Dkafkapipeline.child=<name>@<state-dir>} so that a pid read back from a pid file
 * is only ever signalled if it is still that very process (pids get reused).
 */
public final class ChildJvm {

    private static final Logger log = LoggerFactory.getLogger(ChildJvm.class);

    private final String name;
    private final Path java;
    private final String classpath;
    private final List<String> jvmOptions;
    private final String mainClass;
    private final List<String> args;
    private final Path logFile;
    private final Path pidFile;
    private final String marker;
    private final Map<String, String> environment;
    private volatile ProcessHandle handle;
    private volatile Process process;

    /**
     * A child with changes to the inherited environment ({@code Map.of()} for none): a null value removes the
     * variable (so that, say, a {@code TOPIC_NAME} of the user's shell does not reach every producer).
     */
    public ChildJvm(
            String name,
            Path java,
            String classpath,
            List<String> jvmOptions,
            String mainClass,
            List<String> args,
            Path stateDir,
            Map<String, String> environment) {
        this.environment = new java.util.HashMap<>(environment);
        this.name = name;
        this.java = java;
        this.classpath = classpath;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.mainClass = mainClass;
        this.args = List.copyOf(args);
        this.logFile = stateDir.resolve("logs").resolve(name + ".log");
        this.pidFile = stateDir.resolve("run").resolve(name + ".pid");
        this.marker = name + "@" + stateDir.toAbsolutePath().normalize();
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /** The full command line (for logs and tests). */
    public List<String> command(long parentPid) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.add("-Dkafkapipeline.child=" + marker);
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(ChildMain.class.getName());
        cmd.add(Long.toString(parentPid));
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Starts the JVM with stdout and stderr appended to its log file. With {@code watchParent} the child exits when
     * this JVM does; without, it is started in a session of its own ({@code setsid}) and outlives us.
     */
    public void start(boolean watchParent) {
        try {
            Files.createDirectories(pidFile.getParent());
            List<String> cmd = command(watchParent ? ProcessHandle.current().pid() : 0);
            if (!watchParent) {
                cmd = LoggedProcess.inOwnSession(cmd);
            }
            process = LoggedProcess.start(cmd, logFile, "starting " + name + "\n" + String.join(" ", cmd), environment);
            handle = process.toHandle();
            Files.writeString(pidFile, Long.toString(handle.pid()));
            log.debug("started {} pid {}", name, handle.pid());
        } catch (IOException e) {
            throw new StackException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs the JVM to completion (a tool such as Kafka's storage formatter); fails with the log tail on a non-zero exit. */
    public void runToCompletion(Duration timeout) {
        start(true);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(Duration.ofSeconds(5));
                throw new StackException(name + " did not finish within " + timeout.toSeconds() + " s. Last lines of "
                        + logFile + ":\n" + tail(20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(Duration.ofSeconds(5));
            throw new StackException(name + " was interrupted");
        } finally {
            deletePidFile();
        }
        if (process.exitValue() != 0) {
            throw new StackException(name + " failed (exit code " + process.exitValue() + "). Last lines of " + logFile
                    + ":\n" + tail(20));
        }
    }

    /** Attaches to the process named in the pid file, if it still runs and is ours. */
    public boolean attach() {
        Optional<ProcessHandle> found = readPid().flatMap(ProcessHandle::of).filter(this::isOurs);
        found.ifPresent(h -> handle = h);
        return found.isPresent();
    }

    public boolean isAlive() {
        ProcessHandle h = handle;
        return h != null && h.isAlive();
    }

    public Optional<Long> pid() {
        ProcessHandle h = handle;
        return h == null ? Optional.empty() : Optional.of(h.pid());
    }

    /** When the process started, if known. */
    public Optional<Instant> startedAt() {
        ProcessHandle h = handle;
        return h == null ? Optional.empty() : h.info().startInstant();
    }

    /** The exit code if the process we started has ended. */
    public Optional<Integer> exitCode() {
        Process p = process;
        return p != null && !p.isAlive() ? Optional.of(p.exitValue()) : Optional.empty();
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL; returns once the process is gone. Safe to call twice. */
    public void stop(Duration grace) {
        ProcessHandle h = handle;
        if (h != null && h.isAlive()) {
            h.destroy();
            try {
                h.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                log.warn("{} (pid {}) did not stop within {} s; killing it", name, h.pid(), grace.toSeconds());
                h.destroyForcibly();
                try {
                    h.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e2) {
                    throw new StackException("Cannot stop " + name + " (pid " + h.pid() + ")");
                }
            }
        }
        deletePidFile();
    }

    /** SIGKILL without grace (fault tests), waiting until the process is gone. */
    public void kill() {
        ProcessHandle h = handle;
        if (h != null && h.isAlive()) {
            h.destroyForcibly();
            h.onExit().join();
        }
        deletePidFile();
    }

    /** The last {@code lines} lines of the log file, without stack frames ({@code at ...}): the messages a person reads. */
    public String tail(int lines) {
        return LoggedProcess.tail(logFile, lines);
    }

    private Optional<Long> readPid() {
        try {
            return Files.exists(pidFile)
                    ? Optional.of(Long.parseLong(Files.readString(pidFile).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean isOurs(ProcessHandle h) {
        return LoggedProcess.commandLine(h).contains("-Dkafkapipeline.child=" + marker);
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            log.debug("cannot delete {}", pidFile, e);
        }
    }

    /** Every live process of this state dir (by marker), for tests that assert no orphans. */
    public static List<ProcessHandle> processesOf(Path stateDir) {
        String suffix = "@" + stateDir.toAbsolutePath().normalize();
        return ProcessHandle.allProcesses()
                .filter(p -> LoggedProcess.commandLine(p).stream()
                        .anyMatch(arg -> arg.startsWith("-Dkafkapipeline.child=") && arg.endsWith(suffix)))
                .toList();
    }
}
