package io.kafkapipeline.kernel.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.jupyter.Jupyter;
import io.kafkapipeline.stack.jupyter.JupyterLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Jupyter's own kernel conformance suite (Debian's python3-jupyter-kernel-test) against the installed kernel:
 * kernel_info, stdout/stderr streams, execute results and display data (HTML, PNG), errors, completion,
 * is-complete, inspection; plus interrupt, a Java exception and a compile error as Jupyter errors
 * ({@code src/test/python/test_java_kernel.py}).
 */
class KernelConformanceIT {

    @Test
    void theKernelPassesJupytersConformanceTests() throws Exception {
        JupyterLayout layout = JupyterForTests.installKernel("jupyter-conformance");
        Jupyter jupyter = JupyterForTests.find("kernelspec");
        Path log = layout.stateDir().resolve("conformance.log");
        ProcessBuilder pb = new ProcessBuilder(jupyter.python().toString(), "-m", "unittest", "-v", "test_java_kernel")
                .directory(Path.of("src/test/python").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(layout.environment());
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES))
                .as("conformance tests finished; see %s", log)
                .isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("test_kernel_info", "test_execute_stdout", "test_display_data", "test_completion")
                .containsPattern("test_an_interrupt_request_stops_the_running_cell \\(.*\\) \\.\\.\\. ok")
                .containsPattern("Ran 1\\d tests");
    }
}
