package io.kafkapipeline.datavis.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The notebooks are Java-kernel notebooks that load the library first and end chart cells with an image. */
class NotebookFormatTest {

    static final Path DIR = Path.of("notebooks");

    static Stream<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list =
                    files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
            assertThat(list)
                    .extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("faker.ipynb", "spacex.ipynb", "twitter.ipynb", "weather.ipynb");
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void isAJavaNotebook(Path path) throws IOException {
        Notebook nb = Notebook.read(path);
        assertThat(nb.nbformat()).isEqualTo(4);
        assertThat(nb.kernelName()).isEqualTo("java");
        assertThat(nb.language()).isEqualTo("java");
        assertThat(nb.cells().get(0).type()).isEqualTo("markdown");
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void firstCodeCellLoadsTheJarsAndNoOtherCellUsesMagics(Path path) throws IOException {
        List<Notebook.Cell> code = Notebook.read(path).codeCells();
        assertThat(code.get(0).source()).isEqualTo("%jars ../target/lib/*.jar");
        for (Notebook.Cell cell : code.subList(1, code.size())) {
            assertThat(cell.source().lines()).noneMatch(l -> l.strip().startsWith("%"));
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void chartCellsEndWithAnExpressionAndUseTheLibrary(Path path) throws IOException {
        Notebook nb = Notebook.read(path);
        List<Notebook.Cell> charts =
                nb.codeCells().stream().filter(Notebook.Cell::isChart).toList();
        assertThat(charts).isNotEmpty();
        for (Notebook.Cell cell : charts) {
            List<String> lines = cell.source().strip().lines().toList();
            assertThat(lines.get(lines.size() - 1)).doesNotEndWith(";").contains("Charts.");
        }
        assertThat(nb.codeCells())
                .noneMatch(c -> c.source().contains("CqlSession") || c.source().contains("SELECT"));
    }
}
