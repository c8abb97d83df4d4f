package io.kafkapipeline.datavis.schema;

import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The CQL types data-vis reads, writes and converts to and from CSV text, each with the Java type the driver uses.
 *
 * <p>CSV text is parsed strictly: numbers must be plain decimal numbers (no {@code 1.5d}, no {@code 0x1F}), booleans
 * {@code true}/{@code false} in any case, timestamps ISO-8601 with a zone ({@code 2021-10-07T09:53:32Z},
 * {@code 2006-03-24T22:30:00.000+07:00}) or without one ({@code 2021-10-07 09:53:32}, read as UTC), dates
 * {@code yyyy-MM-dd}. Column types outside this list are {@link #OTHER}: they can be read, not loaded or exported.
 */
public enum ColumnType {
    TEXT(String.class),
    ASCII(String.class),
    INT(Integer.class),
    BIGINT(Long.class),
    SMALLINT(Short.class),
    TINYINT(Byte.class),
    VARINT(BigInteger.class),
    FLOAT(Float.class),
    DOUBLE(Double.class),
    DECIMAL(BigDecimal.class),
    BOOLEAN(Boolean.class),
    TIMESTAMP(Instant.class),
    DATE(LocalDate.class),
    UUID(java.util.UUID.class),
    TIMEUUID(java.util.UUID.class),
    OTHER(Object.class);

    private static final Map<DataType, ColumnType> BY_DATA_TYPE = Map.ofEntries(
            Map.entry(DataTypes.TEXT, TEXT),
            Map.entry(DataTypes.ASCII, ASCII),
            Map.entry(DataTypes.INT, INT),
            Map.entry(DataTypes.BIGINT, BIGINT),
            Map.entry(DataTypes.SMALLINT, SMALLINT),
            Map.entry(DataTypes.TINYINT, TINYINT),
            Map.entry(DataTypes.VARINT, VARINT),
            Map.entry(DataTypes.FLOAT, FLOAT),
            Map.entry(DataTypes.DOUBLE, DOUBLE),
            Map.entry(DataTypes.DECIMAL, DECIMAL),
            Map.entry(DataTypes.BOOLEAN, BOOLEAN),
            Map.entry(DataTypes.TIMESTAMP, TIMESTAMP),
            Map.entry(DataTypes.DATE, DATE),
            Map.entry(DataTypes.UUID, UUID),
            Map.entry(DataTypes.TIMEUUID, TIMEUUID));

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL_NUMBER =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|NaN|[+-]?Infinity");
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** {@code 2021-10-07 09:53:32} or {@code 2021-10-07T09:53:32.123}: a local time, read as UTC. */
    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** The type of a driver {@link DataType}; {@link #OTHER} for collections, UDTs and the rarer types. */
    public static ColumnType of(DataType dataType) {
        return BY_DATA_TYPE.getOrDefault(dataType, OTHER);
    }

    /** The Java type of values of this type (what the driver returns and binds). */
    public Class<?> javaType() {
        return javaType;
    }

    public boolean isNumeric() {
        switch (this) {
            case INT:
            case BIGINT:
            case SMALLINT:
            case TINYINT:
            case VARINT:
            case FLOAT:
            case DOUBLE:
            case DECIMAL:
                return true;
            default:
                return false;
        }
    }

    public boolean isText() {
        return this == TEXT || this == ASCII;
    }

    /**
     * Parses CSV text (never empty: the caller maps empty fields to null) into this type's Java value.
     *
     * @throws IllegalArgumentException with a reason that quotes the text and names the type
     */
    public Object parse(String text) {
        String t = isText() ? text : text.strip();
        switch (this) {
            case TEXT:
                return t;
            case ASCII:
                if (!t.chars().allMatch(c -> c < 128)) {
                    throw notA(text, "ascii (non-ASCII character)");
                }
                return t;
            case INT:
                return parseInteger(text, t, Integer::valueOf);
            case BIGINT:
                return parseInteger(text, t, Long::valueOf);
            case SMALLINT:
                return parseInteger(text, t, Short::valueOf);
            case TINYINT:
                return parseInteger(text, t, Byte::valueOf);
            case VARINT:
                return parseInteger(text, t, BigInteger::new);
            case FLOAT:
                return Float.valueOf(decimal(text, t));
            case DOUBLE:
                return Double.valueOf(decimal(text, t));
            case DECIMAL:
                if (!DECIMAL_NUMBER.matcher(t).matches() || t.endsWith("Infinity") || t.equals("NaN")) {
                    throw notA(text, "decimal");
                }
                return new BigDecimal(t);
            case BOOLEAN:
                if (t.equalsIgnoreCase("true")) {
                    return Boolean.TRUE;
                }
                if (t.equalsIgnoreCase("false")) {
                    return Boolean.FALSE;
                }
                throw notA(text, "boolean (true or false)");
            case TIMESTAMP:
                return parseTimestamp(text, t);
            case DATE:
                try {
                    return LocalDate.parse(t);
                } catch (DateTimeParseException e) {
                    throw notA(text, "date (yyyy-MM-dd)");
                }
            case UUID:
            case TIMEUUID:
                if (!CANONICAL_UUID.matcher(t).matches()) {
                    throw notA(text, "uuid");
                }
                java.util.UUID uuid = java.util.UUID.fromString(t);
                if (this == TIMEUUID && uuid.version() != 1) {
                    throw notA(text, "timeuuid (version 1 UUID)");
                }
                return uuid;
            default:
                throw new IllegalArgumentException("this column's CQL type cannot be read from CSV");
        }
    }

    /** CSV text of a value of this type; {@link #parse} reads it back to an equal value. Null gives null. */
    public String format(Object value) {
        if (value == null) {
            return null;
        }
        if (this == TIMESTAMP) {
            return DateTimeFormatter.ISO_INSTANT.format((Instant) value);
        }
        if (this == DECIMAL) {
            return ((BigDecimal) value).toString();
        }
        if (this == OTHER) {
            throw new IllegalArgumentException("this column's CQL type cannot be written as CSV");
        }
        return value.toString();
    }

    /** The CQL name, e.g. {@code timestamp}. */
    public String cqlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private interface IntegerParser {
        Object parse(String text);
    }

    private Object parseInteger(String original, String t, IntegerParser parser) {
        if (!INTEGER.matcher(t).matches()) {
            throw notA(original, cqlName());
        }
        try {
            return parser.parse(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw notA(original, cqlName() + " (out of range)");
        }
    }

    private String decimal(String original, String t) {
        if (!DECIMAL_NUMBER.matcher(t).matches()) {
            throw notA(original, cqlName());
        }
        return t;
    }

    private static Instant parseTimestamp(String original, String t) {
        try {
            return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            // not with a zone; try a local date-time below
        }
        try {
            return LocalDateTime.parse(t, LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw notA(original, "timestamp (ISO-8601, e.g. 2021-10-07T09:53:32Z)");
        }
    }

    private static IllegalArgumentException notA(String text, String what) {
        String article = "aeio".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
        return new IllegalArgumentException("'" + text + "' is not " + article + what);
    }
}
