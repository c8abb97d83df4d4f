package io.kafkapipeline.datavis.notebooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs every code cell of a notebook, in order, in a child JVM ({@link NotebookKernel}) with the given environment,
 * and reports per cell.
 */
public final class NotebookRunner {

    /** The outcome of one cell: {@code OK}, {@code IMAGE} (detail: the PNG written) or {@code FAIL} (the reason). */
    public record CellResult(int index, String status, String detail) {}

    /** The outcome of a notebook: the child's exit code, one result per cell run, and its output. */
    public record Result(int exitCode, List<CellResult> cells, String log) {}

    private NotebookRunner() {}

    public static Result run(Notebook notebook, Path work, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        List<String> index = new ArrayList<>();
        for (Notebook.Cell cell : notebook.codeCells()) {
            String file = String.format("cell-%02d.jsh", cell.index());
            Files.writeString(work.resolve(file), cell.source(), StandardCharsets.UTF_8);
            index.add(cell.index() + "\t" + (cell.isChart() ? "chart" : "code") + "\t" + file);
        }
        Files.write(work.resolve("cells.tsv"), index, StandardCharsets.UTF_8);
        Path log = work.resolve("kernel.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(
                        java.toString(),
                        "-Djava.awt.headless=true",
                        "-Xmx1g",
                        "-cp",
                        testClasses().toString(),
                        NotebookKernel.class.getName(),
                        notebook.path().toAbsolutePath().getParent().toString(),
                        work.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(notebook.path() + " did not finish in " + timeout + "; see " + log);
        }
        List<CellResult> cells = new ArrayList<>();
        Path results = work.resolve("results.tsv");
        if (Files.exists(results)) {
            for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 3);
                cells.add(new CellResult(Integer.parseInt(f[0]), f[1], f.length > 2 ? f[2] : ""));
            }
        }
        return new Result(p.exitValue(), cells, Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The folder holding {@link NotebookKernel}, the child's only classpath entry (the cells add the rest). */
    private static Path testClasses() {
        try {
            return Path.of(NotebookKernel.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
