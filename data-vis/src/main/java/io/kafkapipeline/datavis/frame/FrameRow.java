package io.kafkapipeline.datavis.frame;

import static io.kafkapipeline.cassandra.CqlType.ASCII;
import static io.kafkapipeline.cassandra.CqlType.BIGINT;
import static io.kafkapipeline.cassandra.CqlType.DECIMAL;
import static io.kafkapipeline.cassandra.CqlType.DOUBLE;
import static io.kafkapipeline.cassandra.CqlType.FLOAT;
import static io.kafkapipeline.cassandra.CqlType.INT;
import static io.kafkapipeline.cassandra.CqlType.SMALLINT;
import static io.kafkapipeline.cassandra.CqlType.TEXT;
import static io.kafkapipeline.cassandra.CqlType.TINYINT;
import static io.kafkapipeline.cassandra.CqlType.VARINT;

import io.kafkapipeline.cassandra.CqlType;
import io.kafkapipeline.datavis.DataVisException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** One row of a {@link Frame}, with typed accessors by column name; each returns null for an empty cell. */
public final class FrameRow {

    private static final Set<CqlType> TEXTS = EnumSet.of(TEXT, ASCII);
    private static final Set<CqlType> INTS = EnumSet.of(INT, SMALLINT, TINYINT);
    private static final Set<CqlType> LONGS = EnumSet.of(BIGINT, INT, SMALLINT, TINYINT);
    private static final Set<CqlType> NUMBERS =
            EnumSet.of(INT, BIGINT, SMALLINT, TINYINT, VARINT, FLOAT, DOUBLE, DECIMAL);

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
        return (String) checked(column, "getString", "a text", TEXTS);
    }

    /** Any number column, widened to double. */
    public Double getDouble(String column) {
        Number n = (Number) checked(column, "getDouble", "a number", NUMBERS);
        return n == null ? null : n.doubleValue();
    }

    /** An {@code int}, {@code smallint} or {@code tinyint} column. */
    public Integer getInt(String column) {
        Number n = (Number) checked(column, "getInt", "an int", INTS);
        return n == null ? null : n.intValue();
    }

    /** A {@code bigint} column or a narrower integer column. */
    public Long getLong(String column) {
        Number n = (Number) checked(column, "getLong", "an integer", LONGS);
        return n == null ? null : n.longValue();
    }

    public Boolean getBoolean(String column) {
        return (Boolean) checked(column, "getBoolean", "a boolean", EnumSet.of(CqlType.BOOLEAN));
    }

    /** A {@code timestamp} column. */
    public Instant getInstant(String column) {
        return (Instant) checked(column, "getInstant", "a timestamp", EnumSet.of(CqlType.TIMESTAMP));
    }

    /** A {@code date} column. */
    public LocalDate getLocalDate(String column) {
        return (LocalDate) checked(column, "getLocalDate", "a date", EnumSet.of(CqlType.DATE));
    }

    private Object checked(String column, String accessor, String wanted, Set<CqlType> fits) {
        int i = frame.indexOf(column);
        CqlType type = frame.columnInfo().get(i).type();
        if (type == null || !fits.contains(type)) {
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
