package io.kafkapipeline.datavis.load;

import java.util.Arrays;

/**
 * One CSV record converted to the Java values of its columns (null for an empty field).
 *
 * @param line the line the record starts on, for messages about it
 * @param values one value per column of {@link ParsedCsv#columns()}
 */
public record ParsedRow(long line, Object[] values) {

    @Override
    public boolean equals(Object o) {
        return o instanceof ParsedRow r && r.line == line && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(line) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + Arrays.toString(values);
    }
}
