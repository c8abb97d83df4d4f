package io.kafkapipeline.stack.jupyter;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where {@code ./pipeline notebook} works: the checkout (notebooks, built kernel, data-vis library), the stack's state
 * folder, and the Cassandra the notebooks read (the running local stack's, from its {@code run/stack.properties}).
 */
public record NotebookTarget(Path home, Path stateDir, String cassandraHost, int cassandraPort, boolean stackRunning) {

    public Path notebookDir() {
        return home.resolve("data-vis/notebooks");
    }

    public JupyterLayout layout() {
        return new JupyterLayout(stateDir);
    }

    /** The environment the kernels need: the data-vis settings pointing at this Cassandra. */
    public Map<String, String> kernelEnvironment() {
        return Map.of("CASSANDRA_HOST", cassandraHost, "CASSANDRA_PORT", Integer.toString(cassandraPort));
    }

    /** Installs the built kernel into this target's Jupyter folder, with the data-vis library on its classpath. */
    public Path installKernel() {
        return installKernel(layout().kernelDir());
    }

    /** Installs the built kernel into {@code kernelDir}, with the data-vis library on its classpath. */
    public Path installKernel(Path kernelDir) {
        return KernelSpecInstaller.install(
                KernelSpecInstaller.built(home),
                kernelDir,
                KernelSpecInstaller.currentJava(),
                Map.of("KERNEL_CLASSPATH", KernelSpecInstaller.dataVisClasspath(home)));
    }
}
