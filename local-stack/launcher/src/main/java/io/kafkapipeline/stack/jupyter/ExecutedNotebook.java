package io.kafkapipeline.stack.jupyter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A notebook as Jupyter wrote it after running every cell: which code cells failed (an {@code error} output), and
 * which showed an {@code image/png}. Cells tagged {@value #CHART_TAG} must show one.
 */
public record ExecutedNotebook(Path output, List<Cell> cells, Duration took) {

    public static final String CHART_TAG = "chart";

    /**
     * A code cell after the run.
     *
     * @param number the cell's position in the notebook, from 1 (markdown cells count)
     * @param error the first error output, if any: ename, evalue
     */
    public record Cell(
            int number, Integer executionCount, String firstLine, boolean chart, boolean image, Optional<Error> error) {

        public String describe() {
            return "cell " + number + (executionCount == null ? "" : " (In[" + executionCount + "])") + " `" + firstLine
                    + "`";
        }
    }

    /** A Jupyter {@code error} output. */
    public record Error(String ename, String evalue, List<String> traceback) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ExecutedNotebook read(Path output, Duration took) throws IOException {
        JsonNode root = JSON.readTree(output.toFile());
        List<Cell> cells = new ArrayList<>();
        int number = 0;
        for (JsonNode cell : root.path("cells")) {
            number++;
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            boolean chart = false;
            for (JsonNode tag : cell.path("metadata").path("tags")) {
                chart |= CHART_TAG.equals(tag.asText());
            }
            boolean image = false;
            Optional<Error> error = Optional.empty();
            for (JsonNode out : cell.path("outputs")) {
                image |= out.path("data").has("image/png");
                if (error.isEmpty() && "error".equals(out.path("output_type").asText())) {
                    List<String> traceback = new ArrayList<>();
                    out.path("traceback").forEach(t -> traceback.add(t.asText()));
                    error = Optional.of(new Error(
                            out.path("ename").asText(), out.path("evalue").asText(), traceback));
                }
            }
            JsonNode count = cell.path("execution_count");
            cells.add(new Cell(
                    number, count.isInt() ? count.asInt() : null, firstLine(source(cell)), chart, image, error));
        }
        return new ExecutedNotebook(output, cells, took);
    }

    public List<Cell> failed() {
        return cells.stream().filter(c -> c.error().isPresent()).toList();
    }

    /** Chart cells without an {@code image/png} output. */
    public List<Cell> chartsWithoutImage() {
        return cells.stream().filter(c -> c.chart() && !c.image()).toList();
    }

    public long images() {
        return cells.stream().filter(Cell::image).count();
    }

    public boolean ok() {
        return failed().isEmpty() && chartsWithoutImage().isEmpty();
    }

    /** One line: what ran, or the first cell that failed and why. */
    public String summary() {
        String name = output.getFileName().toString();
        if (!failed().isEmpty()) {
            Cell cell = failed().get(0);
            Error e = cell.error().orElseThrow();
            return name + ": " + cell.describe() + " failed: " + e.ename() + ": "
                    + e.evalue().replace('\n', ' ');
        }
        if (!chartsWithoutImage().isEmpty()) {
            return name + ": " + chartsWithoutImage().get(0).describe() + " is a chart cell but shows no image/png";
        }
        return String.format(
                "%s: %d code cells ran, %d images (image/png), %.0f s",
                name, cells.size(), images(), took.toMillis() / 1000.0);
    }

    private static String source(JsonNode cell) {
        JsonNode source = cell.path("source");
        if (source.isTextual()) {
            return source.asText();
        }
        StringBuilder sb = new StringBuilder();
        source.forEach(l -> sb.append(l.asText()));
        return sb.toString();
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl) + " …";
    }
}
