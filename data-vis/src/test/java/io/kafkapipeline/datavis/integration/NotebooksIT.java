package io.kafkapipeline.datavis.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.datavis.notebooks.Notebook;
import io.kafkapipeline.datavis.notebooks.NotebookRunner;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every code cell of every notebook, in order, through JShell (the engine of the Java kernel) in a JVM whose
 * environment points at the local stack, with the tables filled from the recorded data.
 */
@ExtendWith(LocalStackExtension.class)
class NotebooksIT {

    private static final Path RUNS = Path.of("target", "notebook-runs").toAbsolutePath();

    @BeforeAll
    static void fillTables(LocalStack stack) {
        TableFill.fill(stack, Path.of("target", "it-data", "notebooks").toAbsolutePath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"weather", "spacex", "faker"})
    void everyCodeCellRunsAndEveryChartCellShowsAnImage(String name, LocalStack stack) throws Exception {
        Notebook notebook = Notebook.read(Path.of("notebooks", name + ".ipynb"));
        NotebookRunner.Result result =
                NotebookRunner.run(notebook, RUNS.resolve(name), Cli.env(stack), Duration.ofMinutes(8));

        assertThat(result.cells())
                .as("kernel output:%n%s", result.log())
                .allSatisfy(c -> assertThat(c.status())
                        .as("cell %d: %s", c.index(), c.detail())
                        .isNotEqualTo("FAIL"))
                .extracting(NotebookRunner.CellResult::index)
                .containsExactlyElementsOf(
                        notebook.codeCells().stream().map(Notebook.Cell::index).toList());
        assertThat(result.exitCode()).as(result.log()).isZero();

        List<Notebook.Cell> charts =
                notebook.codeCells().stream().filter(Notebook.Cell::isChart).toList();
        assertThat(charts).isNotEmpty();
        for (Notebook.Cell chart : charts) {
            NotebookRunner.CellResult cell = result.cells().stream()
                    .filter(c -> c.index() == chart.index())
                    .findFirst()
                    .orElseThrow();
            assertThat(cell.status()).as("chart cell %d", chart.index()).isEqualTo("IMAGE");
            Path png = Path.of(cell.detail());
            assertThat(Files.size(png)).isGreaterThan(1000);
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isGreaterThan(100);
            assertThat(TableFill.hasColour(image))
                    .as("cell %d draws data, not 'no data': %s", chart.index(), png)
                    .isTrue();
        }
    }
}
