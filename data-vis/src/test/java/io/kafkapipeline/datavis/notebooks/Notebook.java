package io.kafkapipeline.datavis.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jupyter notebook (nbformat 4) as the tests need it: kernel, language and the cells. A code cell tagged
 * {@value #CHART_TAG} must end with an expression whose value is a {@code BufferedImage}.
 */
public record Notebook(Path path, int nbformat, String kernelName, String language, List<Cell> cells) {

    public static final String CHART_TAG = "chart";

    /**
     * @param index the position in the notebook, from 0
     * @param type {@code code} or {@code markdown}
     * @param source the text, lines joined
     * @param tags the cell's metadata tags
     */
    public record Cell(int index, String type, String source, List<String> tags) {

        public boolean isCode() {
            return type.equals("code");
        }

        public boolean isChart() {
            return tags.contains(CHART_TAG);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Notebook read(Path path) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(path));
        JsonNode kernel = root.path("metadata").path("kernelspec");
        List<Cell> cells = new ArrayList<>();
        int i = 0;
        for (JsonNode cell : root.path("cells")) {
            List<String> tags = new ArrayList<>();
            cell.path("metadata").path("tags").forEach(t -> tags.add(t.asText()));
            cells.add(new Cell(i++, cell.path("cell_type").asText(), source(cell.path("source")), tags));
        }
        return new Notebook(
                path,
                root.path("nbformat").asInt(),
                kernel.path("name").asText(),
                root.path("metadata").path("language_info").path("name").asText(),
                cells);
    }

    public List<Cell> codeCells() {
        return cells.stream().filter(Cell::isCode).toList();
    }

    private static String source(JsonNode source) {
        if (source.isTextual()) {
            return source.asText();
        }
        StringBuilder sb = new StringBuilder();
        source.forEach(line -> sb.append(line.asText()));
        return sb.toString();
    }
}
