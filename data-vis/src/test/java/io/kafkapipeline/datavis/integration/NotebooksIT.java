package io.kafkapipeline.datavis.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kafkapipeline.datavis.notebooks.Notebook;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import io.kafkapipeline.stack.jupyter.ExecutedNotebook;
import io.kafkapipeline.stack.jupyter.Jupyter;
import io.kafkapipeline.stack.jupyter.NotebookExecutor;
import io.kafkapipeline.stack.jupyter.NotebookTarget;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notebook through real Jupyter ({@code jupyter nbconvert --execute}, which is nbclient) in the project's Java
 * kernel (data-vis/kernel), as {@code ./pipeline notebook --execute} runs them, against the local stack with the
 * tables filled from the recorded data: every code cell runs without an error, and every chart cell (tag
 * {@code chart}) shows an {@code image/png} that draws data.
 */
@ExtendWith(LocalStackExtension.class)
class NotebooksIT {

    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final Path OUT = Path.of("target", "notebooks-it").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static NotebookTarget target;
    private static NotebookExecutor executor;

    @BeforeAll
    static void fillTablesAndInstallTheKernel(LocalStack stack) {
        TableFill.fill(stack, Path.of("target", "it-data", "notebooks").toAbsolutePath());
        target = new NotebookTarget(
                HOME, Path.of("target", "jupyter-it").toAbsolutePath(), "127.0.0.1", stack.cassandraPort(), true);
        target.installKernel();
        Jupyter nbconvert = Jupyter.find(
                Optional.ofNullable(System.getenv("JUPYTER_COMMAND")), System.getenv(), List.of("nbconvert"));
        executor = new NotebookExecutor(nbconvert, target.layout(), Duration.ofMinutes(5));
    }

    /** Every notebook of {@code notebooks/} (NotebookFormatTest names them). */
    static List<String> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".ipynb"))
                    .map(n -> n.substring(0, n.length() - ".ipynb".length()))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void everyCodeCellRunsAndEveryChartCellShowsAnImageOfTheData(String name) throws Exception {
        Notebook notebook = Notebook.read(Path.of("notebooks", name + ".ipynb"));

        ExecutedNotebook run = executor.execute(notebook.path().toAbsolutePath(), OUT, target.kernelEnvironment());

        assertThat(run.failed()).as(run.summary()).isEmpty();
        assertThat(run.cells()).hasSize(notebook.codeCells().size());
        List<ExecutedNotebook.Cell> charts =
                run.cells().stream().filter(ExecutedNotebook.Cell::chart).toList();
        assertThat(charts).isNotEmpty().hasSize((int)
                notebook.codeCells().stream().filter(Notebook.Cell::isChart).count());
        JsonNode written = JSON.readTree(run.output().toFile());
        for (ExecutedNotebook.Cell chart : charts) {
            BufferedImage image = png(written.path("cells").get(chart.number() - 1));
            assertThat(image).as("%s shows an image/png", chart.describe()).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(100);
            assertThat(TableFill.hasColour(image))
                    .as("%s draws data, not 'no data'", chart.describe())
                    .isTrue();
        }
    }

    /** The cell's image/png output, decoded. */
    private static BufferedImage png(JsonNode cell) throws Exception {
        for (JsonNode output : cell.path("outputs")) {
            JsonNode data = output.path("data").path("image/png");
            if (data.isTextual()) {
                return ImageIO.read(
                        new ByteArrayInputStream(Base64.getMimeDecoder().decode(data.asText())));
            }
        }
        return null;
    }
}
