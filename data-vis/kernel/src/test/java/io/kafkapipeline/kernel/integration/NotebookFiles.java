package io.kafkapipeline.kernel.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small nbformat 4 notebooks for the kernel's tests. */
final class NotebookFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NotebookFiles() {}

    /** A Java notebook (kernelspec java) with one code cell per source. */
    static String notebook(String... codeCells) throws Exception {
        ObjectNode nb = JSON.createObjectNode();
        nb.put("nbformat", 4).put("nbformat_minor", 5);
        ObjectNode kernelspec = nb.putObject("metadata").putObject("kernelspec");
        kernelspec.put("name", "java").put("display_name", "Java").put("language", "java");
        ArrayNode cells = nb.putArray("cells");
        int i = 0;
        for (String source : codeCells) {
            ObjectNode cell = cells.addObject();
            cell.put("cell_type", "code").put("id", "cell-" + i++).putNull("execution_count");
            cell.putObject("metadata");
            cell.put("source", source);
            cell.putArray("outputs");
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(nb);
    }
}
