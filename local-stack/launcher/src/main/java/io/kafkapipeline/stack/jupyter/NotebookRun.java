package io.kafkapipeline.stack.jupyter;

import io.kafkapipeline.stack.StackException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./pipeline notebook --execute [NOTEBOOK...]}: runs notebooks headless through Jupyter into
 * {@code target/notebooks/}; fails naming the first cell that failed.
 */
public final class NotebookRun {

    private final NotebookTarget target;
    private final NotebookSettings settings;
    private final Map<String, String> env;
    private final PrintStream out;

    public NotebookRun(NotebookTarget target, NotebookSettings settings, Map<String, String> env, PrintStream out) {
        this.target = target;
        this.settings = settings;
        this.env = env;
        this.out = out;
    }

    public Path outputDir() {
        return target.home().resolve("target/notebooks");
    }

    /** Runs the given notebooks (none: every notebook of data-vis/notebooks); returns the exit code. */
    public int run(List<Path> notebooks) {
        List<Path> selected = notebooks.isEmpty() ? allNotebooks() : notebooks;
        for (Path nb : selected) {
            if (!Files.isRegularFile(nb)) {
                throw new StackException("No notebook " + nb);
            }
        }
        Jupyter nbconvert = Jupyter.find(settings.jupyterCommand(), env, List.of("nbconvert"));
        target.installKernel();
        if (!target.stackRunning()) {
            out.println("Note: the local stack is not running (./pipeline up -d); the notebooks read Cassandra at "
                    + target.cassandraHost() + ":" + target.cassandraPort());
        }
        NotebookExecutor executor = new NotebookExecutor(nbconvert, target.layout(), settings.executeCellTimeout());
        List<ExecutedNotebook> failed = new ArrayList<>();
        for (Path nb : selected) {
            out.println("Running " + nb.getFileName() + " (" + nbconvert.describe() + ", kernel java)…");
            ExecutedNotebook result = executor.execute(nb, outputDir(), target.kernelEnvironment());
            out.println(result.summary());
            if (!result.ok()) {
                failed.add(result);
            }
        }
        out.println("Executed notebooks: " + outputDir());
        if (!failed.isEmpty()) {
            System.err.println("error: " + failed.size() + " of " + selected.size() + " notebooks failed: "
                    + String.join(
                            "; ", failed.stream().map(ExecutedNotebook::summary).toList()));
            return 1;
        }
        return 0;
    }

    private List<Path> allNotebooks() {
        try (Stream<Path> files = Files.list(target.notebookDir())) {
            return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        } catch (IOException e) {
            throw new StackException("Cannot list " + target.notebookDir() + ": " + e.getMessage(), e);
        }
    }
}
