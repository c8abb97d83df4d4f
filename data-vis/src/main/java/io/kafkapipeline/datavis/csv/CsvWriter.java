package io.kafkapipeline.datavis.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV that {@link CsvReader} reads back unchanged: a field is quoted when it holds a comma, a quote or
 * a line break, or is the empty string; null is written as a bare empty field. Lines end with LF.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void write(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(line, fields.get(i));
        }
        line.append('\n');
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Couldn't write CSV", e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Couldn't write CSV", e);
        }
    }

    static void appendField(StringBuilder line, String field) {
        if (field == null) {
            return;
        }
        boolean quote = field.isEmpty() || field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        if (!quote) {
            line.append(field);
            return;
        }
        line.append('"').append(field.replace("\"", "\"\"")).append('"');
    }
}
