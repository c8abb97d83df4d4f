package io.kafkapipeline.stack.jupyter;

import io.kafkapipeline.stack.StackException;
import io.kafkapipeline.stack.process.LoggedProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs notebooks headless through Jupyter's own client ({@code jupyter nbconvert --execute}, which is nbclient) with
 * the {@code java} kernel, and reads what they showed. Errors do not stop a run (every cell runs, so the written
 * notebook shows everything); {@link ExecutedNotebook#ok()} tells whether a cell failed.
 */
public final class NotebookExecutor {

    private final Jupyter nbconvert;
    private final JupyterLayout layout;
    private final Duration cellTimeout;

    /** @param nbconvert a {@link Jupyter} found for the app {@code nbconvert} */
    public NotebookExecutor(Jupyter nbconvert, JupyterLayout layout, Duration cellTimeout) {
        if (!nbconvert.app().equals("nbconvert")) {
            throw new IllegalArgumentException("needs jupyter nbconvert, got " + nbconvert.app());
        }
        this.nbconvert = nbconvert;
        this.layout = layout;
        this.cellTimeout = cellTimeout;
    }

    /**
     * Runs one notebook into {@code outputDir} (same file name); the kernel runs in the notebook's folder.
     *
     * @param env added to this process's environment (e.g. CASSANDRA_PORT)
     */
    public ExecutedNotebook execute(Path notebook, Path outputDir, Map<String, String> env) {
        Path log = layout.stateDir().resolve("logs").resolve("jupyter-execute.log");
        try {
            Files.createDirectories(outputDir);
            Files.createDirectories(layout.configDir());
            Files.createDirectories(layout.runtimeDir());
            Files.deleteIfExists(outputDir.resolve(notebook.getFileName()));
            List<String> cmd = nbconvert.command(List.of(
                    "--to",
                    "notebook",
                    "--execute",
                    "--ExecutePreprocessor.kernel_name=" + KernelSpecInstaller.NAME,
                    "--ExecutePreprocessor.timeout=" + cellTimeout.toSeconds(),
                    "--ExecutePreprocessor.allow_errors=True",
                    "--output-dir=" + outputDir.toAbsolutePath(),
                    notebook.toAbsolutePath().toString()));
            Map<String, String> environment = new HashMap<>(layout.environment());
            environment.putAll(env);
            long start = System.nanoTime();
            Process p = LoggedProcess.start(cmd, log, String.join(" ", cmd), environment);
            // every cell may take the cell timeout; the kernel's start and Python's own work come on top
            if (!p.waitFor(cellTimeout.toSeconds() * 10 + 300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new StackException(notebook.getFileName() + " did not finish; see " + log);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            Path output = outputDir.resolve(notebook.getFileName());
            if (p.exitValue() != 0 || !Files.exists(output)) {
                throw new StackException("Jupyter could not run " + notebook.getFileName() + " (exit code "
                        + p.exitValue() + "). Last lines of " + log + ":\n" + LoggedProcess.tail(log, 15));
            }
            return ExecutedNotebook.read(output, took);
        } catch (IOException e) {
            throw new StackException("Cannot run " + notebook + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while running " + notebook.getFileName());
        }
    }
}
