package io.kafkapipeline.kernel.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.jupyter.ExecutedNotebook;
import io.kafkapipeline.stack.jupyter.JupyterLayout;
import io.kafkapipeline.stack.jupyter.NotebookExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ./pipeline notebook --execute}'s path: Jupyter's nbconvert runs a notebook in the Java kernel; a cell that
 * throws shows the Java exception as a Jupyter error, and the run names that cell.
 */
class NotebookExecutionIT {

    @Test
    void aThrowingCellIsAJupyterErrorWithTheJavaExceptionAndTheRunNamesIt() throws Exception {
        JupyterLayout layout = JupyterForTests.installKernel("jupyter-execute");
        Path notebook = layout.stateDir().resolve("throws.ipynb");
        Files.writeString(
                notebook,
                NotebookFiles.notebook(
                        "int answer = 6 * 7;",
                        "new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_INT_RGB)",
                        "Objects.requireNonNull(null, \"no weather rows\");",
                        "answer"));
        NotebookExecutor executor =
                new NotebookExecutor(JupyterForTests.find("nbconvert"), layout, Duration.ofMinutes(2));

        ExecutedNotebook run = executor.execute(notebook, layout.stateDir().resolve("out"), Map.of());

        assertThat(run.ok()).isFalse();
        assertThat(run.failed()).hasSize(1);
        ExecutedNotebook.Error error = run.failed().get(0).error().orElseThrow();
        assertThat(error.ename()).isEqualTo("java.lang.NullPointerException");
        assertThat(error.evalue()).isEqualTo("no weather rows");
        assertThat(error.traceback()).first().isEqualTo("java.lang.NullPointerException: no weather rows");
        assertThat(error.traceback()).anyMatch(l -> l.startsWith("\tat java.base/java.util.Objects.requireNonNull("));
        assertThat(run.summary())
                .isEqualTo("throws.ipynb: cell 3 (In[3]) `Objects.requireNonNull(null, \"no weather rows\");` failed:"
                        + " java.lang.NullPointerException: no weather rows");
        assertThat(run.images()).isEqualTo(1);
        assertThat(run.cells().get(3).error()).as("later cells still run").isEmpty();
    }
}
