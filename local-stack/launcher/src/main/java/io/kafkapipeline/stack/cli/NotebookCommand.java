package io.kafkapipeline.stack.cli;

import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackState;
import io.kafkapipeline.stack.jupyter.KernelSpecInstaller;
import io.kafkapipeline.stack.jupyter.NotebookRun;
import io.kafkapipeline.stack.jupyter.NotebookSession;
import io.kafkapipeline.stack.jupyter.NotebookSettings;
import io.kafkapipeline.stack.jupyter.NotebookTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./pipeline notebook}: Jupyter with the project's Java kernel over {@code data-vis/notebooks}, reading the
 * running local stack; {@code --execute} runs notebooks headless, {@code --kernel-only} only installs the kernel.
 */
@Command(
        name = "notebook",
        mixinStandardHelpOptions = true,
        description = {
            "Start Jupyter on http://127.0.0.1:8888 (NOTEBOOK_PORT) over data-vis/notebooks with the Java kernel,",
            "pointed at the running local stack; Ctrl-C or ./pipeline down stops it.",
            "Settings: NOTEBOOK_PORT, JUPYTER_COMMAND, JUPYTER_TOKEN, NOTEBOOK_EXECUTE_CELL_TIMEOUT_SECONDS."
        })
final class NotebookCommand implements Callable<Integer> {

    @Option(
            names = "--execute",
            description = "Run the notebooks (all of data-vis/notebooks, or those named) headless through Jupyter"
                    + " into target/notebooks/; fail naming the first cell that fails.")
    boolean execute;

    @Option(
            names = "--kernel-only",
            description = "Only install the Java kernel (with --prefix) and exit, for a Jupyter of your own.")
    boolean kernelOnly;

    @Option(
            names = "--prefix",
            paramLabel = "DIR",
            description = "With --kernel-only: install into DIR/share/jupyter/kernels/java.")
    Path prefix;

    @Parameters(paramLabel = "NOTEBOOK", arity = "0..*", description = "With --execute: the notebooks to run.")
    List<Path> notebooks = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> env = PipelineCli.EnvHolder.env;
        if (kernelOnly == (prefix == null)) {
            throw new ParameterException(spec.commandLine(), "--kernel-only and --prefix DIR go together");
        }
        if (!notebooks.isEmpty() && !execute) {
            throw new ParameterException(spec.commandLine(), "notebooks are named only with --execute");
        }
        NotebookTarget target = target(env);
        if (kernelOnly) {
            Path dir =
                    target.installKernel(prefix.resolve("share/jupyter/kernels").resolve(KernelSpecInstaller.NAME));
            System.out.println(
                    "Installed the Java kernel into " + dir.toAbsolutePath().normalize() + " (java "
                            + KernelSpecInstaller.currentJava() + ", data-vis on its classpath).");
            System.out.println("Jupyter finds it with JUPYTER_PATH="
                    + prefix.resolve("share/jupyter").toAbsolutePath().normalize() + ", or when " + prefix
                    + " is its prefix (e.g. ~/.local, or sys.prefix).");
            return 0;
        }
        NotebookSettings settings = NotebookSettings.from(Env.of(env));
        if (execute) {
            return new NotebookRun(target, settings, env, System.out).run(notebooks);
        }
        return new NotebookSession(target, settings, env, System.out).serve();
    }

    /** The checkout, the state folder, and the Cassandra of the running stack (else the configured one). */
    private static NotebookTarget target(Map<String, String> env) {
        StackConfig base = PipelineCli.EnvHolder.config();
        Optional<StackConfig> running = StackState.running(base);
        StackConfig config = running.orElse(base);
        String host = env.getOrDefault("CASSANDRA_HOST", "127.0.0.1");
        return new NotebookTarget(config.home(), config.stateDir(), host, config.cassandraPort(), running.isPresent());
    }
}
