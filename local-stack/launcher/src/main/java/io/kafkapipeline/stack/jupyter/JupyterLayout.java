package io.kafkapipeline.stack.jupyter;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Jupyter's folders inside the stack's state folder ({@code .pipeline/jupyter/}): the kernelspec
 * ({@code kernels/java}, found through {@code JUPYTER_PATH}), a config folder of its own (so a user's
 * {@code ~/.jupyter} settings do not change what {@code ./pipeline notebook} does), the runtime files, the log and
 * the pid file.
 */
public record JupyterLayout(Path stateDir) {

    public Path root() {
        return stateDir.resolve("jupyter");
    }

    /** {@code JUPYTER_PATH}: Jupyter looks for {@code kernels/<name>} in it first. */
    public Path dataDir() {
        return root();
    }

    public Path kernelDir() {
        return dataDir().resolve("kernels").resolve(KernelSpecInstaller.NAME);
    }

    public Path configDir() {
        return root().resolve("config");
    }

    /** Passed as {@code --config=}: also the mark by which {@code down} knows the server is this stack's. */
    public Path configFile() {
        return configDir().resolve("pipeline_notebook_config.json");
    }

    public Path runtimeDir() {
        return root().resolve("runtime");
    }

    public Path logFile() {
        return stateDir.resolve("logs").resolve("jupyter.log");
    }

    public Path pidFile() {
        return stateDir.resolve("run").resolve("jupyter.pid");
    }

    /** The environment of every Jupyter process of this layout (server, nbconvert, kernels). */
    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("JUPYTER_PATH", dataDir().toString());
        env.put("JUPYTER_CONFIG_DIR", configDir().toString());
        env.put("JUPYTER_RUNTIME_DIR", runtimeDir().toString());
        return env;
    }
}
