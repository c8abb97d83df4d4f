package io.kafkapipeline.stack.jupyter;

import io.kafkapipeline.stack.FreePorts;
import io.kafkapipeline.stack.StackException;
import io.kafkapipeline.stack.process.LoggedProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Jupyter server ({@code jupyter lab} or {@code jupyter notebook}) on 127.0.0.1 over one folder of notebooks, with
 * its log in {@code logs/jupyter.log} and its pid in {@code run/jupyter.pid} of the state folder, like the stack's
 * other processes, so that {@code ./pipeline down} stops it too.
 */
public final class JupyterServer {

    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Jupyter jupyter;
    private final JupyterLayout layout;
    private final int port;
    private final String token;
    private Process process;

    public JupyterServer(Jupyter jupyter, JupyterLayout layout, int port, String token) {
        this.jupyter = jupyter;
        this.layout = layout;
        this.port = port;
        this.token = token;
    }

    /** The address to open in a browser, token included. */
    public URI url() {
        String page = jupyter.app().equals("lab") ? "lab" : "tree";
        return URI.create("http://127.0.0.1:" + port + "/" + page + "?token=" + token);
    }

    /** Starts the server over {@code notebookDir}; {@code env} is added to this process's environment. */
    public void start(Path notebookDir, Map<String, String> env) {
        Optional<ProcessHandle> running = runningServer(layout);
        if (running.isPresent()) {
            throw new StackException("Jupyter of " + layout.stateDir() + " is already running (pid "
                    + running.get().pid() + "); ./pipeline down stops it");
        }
        if (!FreePorts.isFree(port)) {
            throw new StackException("Cannot start Jupyter: port " + port + " (NOTEBOOK_PORT) already in use by"
                    + " another process. Stop it, or choose another port: NOTEBOOK_PORT=<port> ./pipeline notebook");
        }
        try {
            Files.createDirectories(layout.configDir());
            Files.createDirectories(layout.runtimeDir());
            Files.createDirectories(layout.pidFile().getParent());
            Files.writeString(layout.configFile(), "{}\n");
            List<String> cmd = new ArrayList<>(jupyter.command(List.of(
                    "--no-browser",
                    "--ip=127.0.0.1",
                    "--port=" + port,
                    "--port-retries=0",
                    "--notebook-dir=" + notebookDir.toAbsolutePath(),
                    "--config=" + layout.configFile())));
            if (runningAsRoot()) {
                cmd.add("--allow-root"); // Jupyter refuses root otherwise (containers, CI machines)
            }
            cmd = LoggedProcess.inOwnSession(cmd);
            Map<String, String> environment = new HashMap<>(layout.environment());
            environment.putAll(env);
            environment.put("JUPYTER_TOKEN", token);
            process = LoggedProcess.start(cmd, layout.logFile(), "starting " + String.join(" ", cmd), environment);
            Files.writeString(layout.pidFile(), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new StackException("Cannot start Jupyter: " + e.getMessage(), e);
        }
    }

    /** Waits until the server answers its REST API; fails with the log's last lines if it exits or never answers. */
    public void awaitReady(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/status"))
                .header("Authorization", "token " + token)
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                deletePidFile(layout);
                throw new StackException("Jupyter exited during start (exit code " + process.exitValue()
                        + "). Last lines of " + layout.logFile() + ":\n" + LoggedProcess.tail(layout.logFile(), 15));
            }
            try {
                if (http.send(status, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new StackException("Interrupted while Jupyter started");
            }
            sleep(300);
        }
        stop();
        throw new StackException("Jupyter did not answer on port " + port + " within " + timeout.toSeconds()
                + " s. Last lines of " + layout.logFile() + ":\n" + LoggedProcess.tail(layout.logFile(), 15));
    }

    public long pid() {
        return process.pid();
    }

    /** Blocks until the server exits (Ctrl-C, {@code ./pipeline down}); returns its exit code. */
    public int waitFor() throws InterruptedException {
        int code = process.waitFor();
        deletePidFile(layout);
        return code;
    }

    /** Stops the server (it shuts its kernels down first). Safe to call twice. */
    public void stop() {
        if (process != null) {
            stop(process.toHandle());
        }
        deletePidFile(layout);
    }

    /**
     * Stops the Jupyter server of a state folder found through its pid file ({@code ./pipeline down}); a pid that now
     * belongs to another process is left alone.
     *
     * @return whether a server was running
     */
    public static boolean stopRunning(Path stateDir, Consumer<String> progress) {
        JupyterLayout layout = new JupyterLayout(stateDir);
        Optional<ProcessHandle> server = runningServer(layout);
        server.ifPresent(h -> {
            progress.accept("Jupyter stopping (pid " + h.pid() + ")");
            stop(h);
        });
        deletePidFile(layout);
        return server.isPresent();
    }

    /** The server of this layout, if its pid file names a live process started with this layout's config. */
    static Optional<ProcessHandle> runningServer(JupyterLayout layout) {
        try {
            if (!Files.exists(layout.pidFile())) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(layout.pidFile()).strip());
            String mark = "--config=" + layout.configFile();
            return ProcessHandle.of(pid)
                    .filter(h -> LoggedProcess.commandLine(h).contains(mark));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static void stop(ProcessHandle h) {
        if (!h.isAlive()) {
            return;
        }
        h.destroy();
        try {
            h.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            h.destroyForcibly();
            h.onExit().join();
        }
    }

    private static void deletePidFile(JupyterLayout layout) {
        try {
            Files.deleteIfExists(layout.pidFile());
        } catch (IOException e) {
            // harmless: checked against the process's command line before use
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
