package io.kafkapipeline.stack.cql;

import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Row;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints rows as cqlsh does: a table with a header and {@code |} between columns, or one block per row (EXPAND). */
public final class ResultPrinter {

    private final PrintWriter out;

    public ResultPrinter(PrintWriter out) {
        this.out = out;
    }

    /** The column names of a result, as CQL would write them. */
    public static List<String> header(ColumnDefinitions columns) {
        List<String> header = new ArrayList<>();
        for (ColumnDefinition c : columns) {
            header.add(c.getName().asCql(true));
        }
        return header;
    }

    /** The cells of a row as text ({@code null} for none, line breaks escaped). */
    public static List<String> cells(Row row, int columns) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            Object v = row.getObject(i);
            cells.add(v == null ? "null" : v.toString().replace("\n", "\\n"));
        }
        return cells;
    }

    /** One table: header, separator, rows; column widths from this block's rows. */
    public void table(List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        out.println(line(header, width));
        StringBuilder sep = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            sep.append(i == 0 ? "" : "+").append("-".repeat(width[i] + 2));
        }
        out.println(sep);
        for (List<String> r : rows) {
            out.println(line(r, width));
        }
        out.flush();
    }

    /** One block per row ({@code @ Row n}, then {@code column | value} lines), numbered from {@code first}. */
    public void expanded(List<String> header, List<List<String>> rows, int first) {
        int width = header.stream().mapToInt(String::length).max().orElse(0);
        for (int r = 0; r < rows.size(); r++) {
            out.println();
            out.println("@ Row " + (first + r));
            out.println("-".repeat(width + 2) + "+" + "-".repeat(12));
            for (int i = 0; i < header.size(); i++) {
                out.println((" " + String.format("%-" + width + "s", header.get(i)) + " | "
                                + rows.get(r).get(i))
                        .stripTrailing());
            }
        }
        out.flush();
    }

    /** {@code (n rows)} after an empty line, as cqlsh ends a result (also "(1 rows)", as cqlsh). */
    public void count(long rows) {
        out.println();
        out.println("(" + rows + " rows)");
        out.flush();
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            s.append(i == 0 ? " " : " | ").append(String.format("%-" + width[i] + "s", cells.get(i)));
        }
        return s.toString().stripTrailing();
    }
}
