package io.kafkapipeline.datavis.csv;

import java.util.BitSet;
import java.util.List;

/**
 * One CSV record: its fields and the line it starts on (a quoted field may span lines).
 *
 * <p>An empty field is {@code null} when it was written bare ({@code a,,b}) and the empty string when it was quoted
 * ({@code a,"",b}), so the two survive a round trip.
 */
public final class CsvRecord {

    private final long line;
    private final List<String> fields;
    private final BitSet quoted;

    CsvRecord(long line, List<String> fields, BitSet quoted) {
        this.line = line;
        this.fields = List.copyOf(fields);
        this.quoted = (BitSet) quoted.clone();
    }

    /** The 1-based line where the record starts. */
    public long line() {
        return line;
    }

    public int size() {
        return fields.size();
    }

    /** The text of field {@code i}; null for a bare empty field. */
    public String get(int i) {
        String text = fields.get(i);
        return text.isEmpty() && !quoted.get(i) ? null : text;
    }

    /** The raw text of every field (bare empty fields as ""). */
    public List<String> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + fields;
    }
}
