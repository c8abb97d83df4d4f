package io.kafkapipeline.stack.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run through Jupyter showed, read from the notebook Jupyter wrote. */
class ExecutedNotebookTest {

    @TempDir
    Path dir;

    private ExecutedNotebook read(String cells) throws Exception {
        Path nb = dir.resolve("weather.ipynb");
        Files.writeString(nb, "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": [" + cells + "]}");
        return ExecutedNotebook.read(nb, Duration.ofSeconds(12));
    }

    private static String markdown() {
        return "{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"# title\"]}";
    }

    private static String code(int count, String source, String tags, String outputs) {
        return "{\"cell_type\": \"code\", \"execution_count\": " + count + ", \"metadata\": {\"tags\": [" + tags
                + "]}, \"source\": " + source + ", \"outputs\": [" + outputs + "]}";
    }

    private static final String IMAGE =
            "{\"output_type\": \"execute_result\", \"data\": {\"image/png\": \"iVBO\", \"text/plain\": \"x\"}}";
    private static final String ERROR = "{\"output_type\": \"error\", \"ename\": \"java.lang.IllegalStateException\","
            + " \"evalue\": \"no data\", \"traceback\": [\"java.lang.IllegalStateException: no data\"]}";

    @Test
    void aNotebookWhoseCellsRanAndChartsShowImagesIsOk() throws Exception {
        ExecutedNotebook nb = read(markdown() + "," + code(1, "\"%jars x\"", "", "") + ","
                + code(2, "[\"Charts.bar(x)\"]", "\"chart\"", IMAGE));
        assertThat(nb.ok()).isTrue();
        assertThat(nb.images()).isEqualTo(1);
        assertThat(nb.summary()).isEqualTo("weather.ipynb: 2 code cells ran, 1 images (image/png), 12 s");
    }

    @Test
    void theFirstFailedCellIsNamedWithItsNumberPromptAndCode() throws Exception {
        ExecutedNotebook nb = read(markdown() + "," + code(1, "\"ok\"", "", "") + ","
                + code(2, "[\"Frame f = dv.read(\\\"x\\\");\\n\", \"f\"]", "", ERROR) + ","
                + code(3, "\"later\"", "", ERROR));
        assertThat(nb.ok()).isFalse();
        assertThat(nb.failed()).hasSize(2);
        assertThat(nb.summary())
                .isEqualTo("weather.ipynb: cell 3 (In[2]) `Frame f = dv.read(\"x\"); …` failed:"
                        + " java.lang.IllegalStateException: no data");
    }

    @Test
    void aChartCellWithoutAnImageFails() throws Exception {
        ExecutedNotebook nb = read(code(4, "\"Charts.bar(x);\"", "\"chart\"", ""));
        assertThat(nb.ok()).isFalse();
        assertThat(nb.summary())
                .isEqualTo("weather.ipynb: cell 1 (In[4]) `Charts.bar(x);` is a chart cell but shows no image/png");
    }
}
