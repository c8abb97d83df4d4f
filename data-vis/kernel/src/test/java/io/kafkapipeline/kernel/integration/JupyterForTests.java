package io.kafkapipeline.kernel.integration;

import io.kafkapipeline.stack.jupyter.Jupyter;
import io.kafkapipeline.stack.jupyter.JupyterLayout;
import io.kafkapipeline.stack.jupyter.KernelSpecInstaller;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This module's kernel installed for Jupyter in a folder of its own under {@code target/}, and the machine's Jupyter
 * (a missing Jupyter fails the test with the line that says how to install it).
 */
final class JupyterForTests {

    private JupyterForTests() {}

    /** The kernelspec this module's build wrote, installed into {@code target/<name>/kernels/java}. */
    static JupyterLayout installKernel(String name) {
        JupyterLayout layout = new JupyterLayout(Path.of("target", name).toAbsolutePath());
        KernelSpecInstaller.install(
                Path.of("target/kernelspec").resolve(KernelSpecInstaller.NAME).toAbsolutePath(),
                layout.kernelDir(),
                KernelSpecInstaller.currentJava(),
                Map.of());
        return layout;
    }

    static Jupyter find(String... apps) {
        return Jupyter.find(Optional.ofNullable(System.getenv("JUPYTER_COMMAND")), System.getenv(), List.of(apps));
    }
}
