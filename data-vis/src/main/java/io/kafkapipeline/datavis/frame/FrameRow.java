package io.kafkapipeline.datavis.frame;

import io.kafkapipeline.datavis.DataVisException;
import io.kafkapipeline.datavis.schema.ColumnType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/** One row of a {@link Frame}, with typed accessors by column name; each returns null for an empty cell. */
public final class FrameRow {

    private final Frame frame;
    private final Object[] values;

    FrameRow(Frame frame, Object[] values) {
        this.frame = frame;
        this.values = values;
    }

    Object value(int i) {
        return values[i];
    }

    public boolean isNull(String column) {
        return get(column) == null;
    }

    /** The value as the driver returned it. */
    public Object get(String column) {
        return values[frame.indexOf(column)];
    }

    /** A text column ({@code text}, {@code ascii}). */
    public String getString(String column) {
        return (String) checked(column, "getString", "a text", ColumnType::isText);
    }

    /** Any number column, widened to double. */
    public Double getDouble(String column) {
        Number n = (Number) checked(column, "getDouble", "a number", ColumnType::isNumeric);
        return n == null ? null : n.doubleValue();
    }

    /** An {@code int}, {@code smallint} or {@code tinyint} column. */
    public Integer getInt(String column) {
        Number n = (Number) checked(
                column,
                "getInt",
                "an int",
                t -> t == ColumnType.INT || t == ColumnType.SMALLINT || t == ColumnType.TINYINT);
        return n == null ? null : n.intValue();
    }

    /** A {@code bigint} column or a narrower integer column. */
    public Long getLong(String column) {
        Number n = (Number) checked(
                column,
                "getLong",
                "an integer",
                t -> t == ColumnType.BIGINT
                        || t == ColumnType.INT
                        || t == ColumnType.SMALLINT
                        || t == ColumnType.TINYINT);
        return n == null ? null : n.longValue();
    }

    public Boolean getBoolean(String column) {
        return (Boolean) checked(column, "getBoolean", "a boolean", t -> t == ColumnType.BOOLEAN);
    }

    /** A {@code timestamp} column. */
    public Instant getInstant(String column) {
        return (Instant) checked(column, "getInstant", "a timestamp", t -> t == ColumnType.TIMESTAMP);
    }

    /** A {@code date} column. */
    public LocalDate getLocalDate(String column) {
        return (LocalDate) checked(column, "getLocalDate", "a date", t -> t == ColumnType.DATE);
    }

    private Object checked(
            String column, String accessor, String wanted, java.util.function.Predicate<ColumnType> fits) {
        int i = frame.indexOf(column);
        ColumnType type = frame.columnInfo().get(i).type();
        if (!fits.test(type)) {
            throw new DataVisException("column '" + column + "' of " + frame.name() + " is "
                    + frame.columnInfo().get(i).cqlType() + "; " + accessor + " needs " + wanted + " column");
        }
        return values[i];
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
