package io.kafkapipeline.datavis.frame;

import io.kafkapipeline.cassandra.CqlType;
import io.kafkapipeline.datavis.UnknownColumnException;
import io.kafkapipeline.datavis.schema.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An immutable table of rows in memory (the seed's DataFrame): named, typed columns and rows of values as the driver
 * returns them ({@code String}, {@code Integer}, {@code Double}, {@code Instant}, {@code LocalDate}, ...; null when a
 * cell is empty). A row's typed accessors ({@link FrameRow#getDouble(String)}, ...) check the column's type and
 * name the column when it does not fit.
 */
public final class Frame {

    private static final int PREVIEW_ROWS = 10;
    private static final int PREVIEW_WIDTH = 24;

    private final String name;
    private final List<Column> columns;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<FrameRow> rows;

    /**
     * @param name what the frame holds, for messages (the table name)
     * @param columns the columns, in order
     * @param rows the rows, each an array with one value per column
     */
    public Frame(String name, List<Column> columns, List<Object[]> rows) {
        this.name = Objects.requireNonNull(name, "name");
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            if (index.put(this.columns.get(i).name(), i) != null) {
                throw new IllegalArgumentException(
                        "duplicate column '" + this.columns.get(i).name() + "'");
            }
        }
        List<FrameRow> list = new ArrayList<>(rows.size());
        for (Object[] values : rows) {
            if (values.length != this.columns.size()) {
                throw new IllegalArgumentException(
                        "a row of " + name + " has " + values.length + " values, not " + this.columns.size());
            }
            list.add(new FrameRow(this, values.clone()));
        }
        this.rows = List.copyOf(list);
    }

    private Frame(Frame source, List<FrameRow> rows) {
        this.name = source.name;
        this.columns = source.columns;
        this.index.putAll(source.index);
        this.rows = List.copyOf(rows);
    }

    public String name() {
        return name;
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public List<String> columns() {
        return List.copyOf(index.keySet());
    }

    public List<Column> columnInfo() {
        return columns;
    }

    /** The column's type in the schema model; null for a type outside it (a collection, a UDT, ...). */
    public CqlType type(String column) {
        return columns.get(indexOf(column)).type();
    }

    public List<FrameRow> rows() {
        return rows;
    }

    /** Row {@code i}, for its values: {@code frame.row(0).getDouble("temp")}. */
    public FrameRow row(int i) {
        return rows.get(i);
    }

    /** The values of one column, in row order (nulls included). */
    public List<Object> column(String column) {
        int i = indexOf(column);
        return rows.stream().map(r -> r.value(i)).collect(Collectors.toList());
    }

    /** The non-null values of a number column as doubles, in row order. */
    public List<Double> doubles(String column) {
        List<Double> out = new ArrayList<>();
        for (FrameRow r : rows) {
            Double d = r.getDouble(column);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** The rows that match. */
    public Frame filter(Predicate<FrameRow> predicate) {
        return new Frame(this, rows.stream().filter(predicate).toList());
    }

    /** The rows whose {@code column} equals {@code value}. */
    public Frame where(String column, Object value) {
        int i = indexOf(column);
        return filter(r -> Objects.equals(r.value(i), value));
    }

    /** The rows sorted by {@code column}, ascending, nulls last. */
    public Frame sortBy(String column) {
        int i = indexOf(column);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<FrameRow> byValue =
                Comparator.comparing(r -> (Comparable) r.value(i), Comparator.nullsLast(Comparator.naturalOrder()));
        return sortBy(byValue);
    }

    public Frame sortBy(Comparator<FrameRow> order) {
        return new Frame(this, rows.stream().sorted(order).toList());
    }

    /** Sub-frames per distinct value of {@code column}, in the order the values first appear. */
    public Map<Object, Frame> groupBy(String column) {
        return groupBy(r -> r.get(column));
    }

    public <K> Map<K, Frame> groupBy(Function<FrameRow, K> key) {
        Map<K, List<FrameRow>> groups = new LinkedHashMap<>();
        for (FrameRow r : rows) {
            groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        Map<K, Frame> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, new Frame(this, v)));
        return out;
    }

    /** How many rows have each value of {@code column} (nulls skipped), most frequent first, ties by value. */
    public Map<String, Long> countBy(String column) {
        return countBy(r -> {
            Object v = r.get(column);
            return v == null ? null : v.toString();
        });
    }

    /** How many rows have each non-null key, most frequent first, ties by key. */
    public <K extends Comparable<K>> Map<K, Long> countBy(Function<FrameRow, K> key) {
        Map<K, Long> counts = new TreeMap<>();
        for (FrameRow r : rows) {
            K k = key.apply(r);
            if (k != null) {
                counts.merge(k, 1L, Long::sum);
            }
        }
        Map<K, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    int indexOf(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new UnknownColumnException("", column, name, index.keySet());
        }
        return i;
    }

    /** A text preview: the column names and the first rows. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(name)
                .append(": ")
                .append(rows.size())
                .append(rows.size() == 1 ? " row" : " rows")
                .append('\n');
        sb.append(columns.stream().map(c -> cell(c.name())).collect(Collectors.joining(" | ")))
                .append('\n');
        rows.stream().limit(PREVIEW_ROWS).forEach(r -> {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                Object v = r.value(i);
                cells.add(cell(v == null ? "" : v.toString()));
            }
            sb.append(String.join(" | ", cells)).append('\n');
        });
        if (rows.size() > PREVIEW_ROWS) {
            sb.append("... ").append(rows.size() - PREVIEW_ROWS).append(" more\n");
        }
        return sb.toString();
    }

    private static String cell(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= PREVIEW_WIDTH ? oneLine : oneLine.substring(0, PREVIEW_WIDTH - 1) + "…";
    }
}
