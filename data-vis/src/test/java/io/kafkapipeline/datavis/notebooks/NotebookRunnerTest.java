package io.kafkapipeline.datavis.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notebook runner that NotebooksIT relies on really fails on what a kernel would show as an error. */
class NotebookRunnerTest {

    private static final String IMAGE =
            "new java.awt.image.BufferedImage(20, 20," + " java.awt.image.BufferedImage.TYPE_INT_RGB)";

    @TempDir
    Path dir;

    private NotebookRunner.Result run(String... cells) throws Exception {
        List<Notebook.Cell> list = new ArrayList<>();
        list.add(new Notebook.Cell(0, "markdown", "# test", List.of()));
        for (int i = 0; i < cells.length; i++) {
            boolean chart = cells[i].startsWith("chart:");
            String source = chart ? cells[i].substring("chart:".length()) : cells[i];
            list.add(new Notebook.Cell(i + 1, "code", source, chart ? List.of(Notebook.CHART_TAG) : List.of()));
        }
        Notebook nb = new Notebook(dir.resolve("test.ipynb"), 4, "java", "java", list);
        return NotebookRunner.run(nb, dir.resolve("run"), Map.of(), Duration.ofMinutes(3));
    }

    @Test
    void runsCellsInOrderAndSavesChartImages() throws Exception {
        Files.createDirectories(dir.resolve("jars"));
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(dir.resolve("jars/empty.jar")))) {
            jar.putNextEntry(new java.util.zip.ZipEntry("empty.txt"));
        }
        NotebookRunner.Result r = run(
                "%jars jars/*.jar",
                "import java.util.List;\nint x = 1 + 1;\nList.of(x)", "chart:var img = " + IMAGE + ";\nimg");
        assertThat(r.exitCode()).as(r.log()).isZero();
        assertThat(r.cells()).extracting(NotebookRunner.CellResult::status).containsExactly("OK", "OK", "IMAGE");
        assertThat(Files.size(Path.of(r.cells().get(2).detail()))).isPositive();
    }

    @Test
    void compileErrorFailsTheCellAndStopsTheRun() throws Exception {
        NotebookRunner.Result r = run("int y = \"text\";", "int z = 3;");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.cells()).hasSize(1);
        assertThat(r.cells().get(0).status()).isEqualTo("FAIL");
        assertThat(r.cells().get(0).detail()).startsWith("compile error in `int y = \"text\";`: incompatible types");
    }

    @Test
    void exceptionFailsTheCell() throws Exception {
        NotebookRunner.Result r = run("Integer.parseInt(\"x\")");
        assertThat(r.cells().get(0).status()).isEqualTo("FAIL");
        assertThat(r.cells().get(0).detail()).startsWith("java.lang.NumberFormatException: For input string: \"x\"");
    }

    @Test
    void unresolvedReferenceFailsTheCell() throws Exception {
        NotebookRunner.Result r = run("void f() { missing(); }");
        assertThat(r.cells().get(0).detail()).startsWith("unresolved method missing()");
    }

    @Test
    void chartCellMustEndWithAnImageExpression() throws Exception {
        assertThat(run("chart:\"text\"").cells().get(0).detail()).contains("is not a java.awt.image.BufferedImage");
        assertThat(run("chart:var img = " + IMAGE + ";").cells().get(0).detail())
                .startsWith("a chart cell must end with an expression");
    }

    @Test
    void onlyTheJarsMagicIsKnownAndItMustMatch() throws Exception {
        assertThat(run("%maven org.example:x:1").cells().get(0).detail()).startsWith("unsupported magic %maven");
        assertThat(run("%jars nothing/*.jar").cells().get(0).detail())
                .startsWith("%jars nothing/*.jar matched no file");
    }
}
