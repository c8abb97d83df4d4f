package io.kafkapipeline.datavis.schema;

import io.kafkapipeline.cassandra.CqlType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Values of each CQL type of the schema model ({@link CqlType}) as CSV text, and the Java type the driver binds and
 * returns for it. The type list is the model's: the switches below cover every constant, so a type the model learns
 * is handled here or the build fails.
 *
 * <p>CSV text is parsed strictly: numbers must be plain decimal numbers (no {@code 1.5d}, no {@code 0x1F}), booleans
 * {@code true}/{@code false} in any case, timestamps ISO-8601 with a zone ({@code 2021-10-07T09:53:32Z},
 * {@code 2006-03-24T22:30:00.000+07:00}) or without one ({@code 2021-10-07 09:53:32}, read as UTC), dates
 * {@code yyyy-MM-dd}, times {@code HH:mm[:ss[.fraction]]}, blobs {@code 0x} and hex digits (as cqlsh prints them),
 * inet a literal IP address. Columns of a type outside the model (collections, UDTs, ...) have no {@link CqlType}:
 * they can be read, not loaded or exported.
 */
public final class CsvValues {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL_NUMBER =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|NaN|[+-]?Infinity");
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A dotted-quad IPv4 address, or only the characters of an IPv6 one: never a name InetAddress would look up. */
    private static final Pattern IP_LITERAL = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)|(?=.*:)[0-9a-fA-F:.]{2,45}");
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

    private CsvValues() {}

    /** The Java type of values of {@code type}: what the driver returns and binds. */
    public static Class<?> javaType(CqlType type) {
        return switch (type) {
            case TEXT, ASCII -> String.class;
            case INT -> Integer.class;
            case BIGINT -> Long.class;
            case SMALLINT -> Short.class;
            case TINYINT -> Byte.class;
            case VARINT -> BigInteger.class;
            case FLOAT -> Float.class;
            case DOUBLE -> Double.class;
            case DECIMAL -> BigDecimal.class;
            case BOOLEAN -> Boolean.class;
            case TIMESTAMP -> Instant.class;
            case DATE -> LocalDate.class;
            case TIME -> LocalTime.class;
            case UUID, TIMEUUID -> UUID.class;
            case BLOB -> ByteBuffer.class;
            case INET -> InetAddress.class;
        };
    }

    /** Whether an empty CSV field is a value (the empty string) rather than null. */
    public static boolean isText(CqlType type) {
        return type == CqlType.TEXT || type == CqlType.ASCII;
    }

    /**
     * Parses CSV text (never empty: the caller maps empty fields to null) into a value of {@code type}.
     *
     * @throws IllegalArgumentException with a reason that quotes the text and names the type
     */
    public static Object parse(CqlType type, String text) {
        String t = isText(type) ? text : text.strip();
        return switch (type) {
            case TEXT -> t;
            case ASCII -> {
                if (!t.chars().allMatch(c -> c < 128)) {
                    throw notA(text, "ascii (non-ASCII character)");
                }
                yield t;
            }
            case INT -> integer(type, text, t, Integer::valueOf);
            case BIGINT -> integer(type, text, t, Long::valueOf);
            case SMALLINT -> integer(type, text, t, Short::valueOf);
            case TINYINT -> integer(type, text, t, Byte::valueOf);
            case VARINT -> integer(type, text, t, BigInteger::new);
            case FLOAT -> Float.valueOf(decimal(type, text, t));
            case DOUBLE -> Double.valueOf(decimal(type, text, t));
            case DECIMAL -> {
                if (!DECIMAL_NUMBER.matcher(t).matches() || t.endsWith("Infinity") || t.equals("NaN")) {
                    throw notA(text, "decimal");
                }
                yield new BigDecimal(t);
            }
            case BOOLEAN -> {
                if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                    yield Boolean.valueOf(t);
                }
                throw notA(text, "boolean (true or false)");
            }
            case TIMESTAMP -> timestamp(text, t);
            case DATE -> temporal(text, t, LocalDate::parse, "date (yyyy-MM-dd)");
            case TIME -> temporal(text, t, LocalTime::parse, "time (HH:mm:ss)");
            case UUID, TIMEUUID -> uuid(type, text, t);
            case BLOB -> {
                if (!t.startsWith("0x") || !t.substring(2).matches("([0-9a-fA-F]{2})*")) {
                    throw notA(text, "blob (0x and hex digits)");
                }
                yield ByteBuffer.wrap(HexFormat.of().parseHex(t.substring(2)));
            }
            case INET -> inet(text, t);
        };
    }

    /** CSV text of a value of {@code type}; {@link #parse} reads it back to an equal value. Null gives null. */
    public static String format(CqlType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case TIMESTAMP -> DateTimeFormatter.ISO_INSTANT.format((Instant) value);
            case BLOB -> "0x" + HexFormat.of().formatHex(bytes((ByteBuffer) value));
            case INET -> ((InetAddress) value).getHostAddress();
            case TEXT,
                    ASCII,
                    INT,
                    BIGINT,
                    SMALLINT,
                    TINYINT,
                    VARINT,
                    FLOAT,
                    DOUBLE,
                    DECIMAL,
                    BOOLEAN,
                    DATE,
                    TIME,
                    UUID,
                    TIMEUUID -> value.toString();
        };
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }

    private static Object integer(CqlType type, String original, String t, Function<String, Object> parser) {
        if (!INTEGER.matcher(t).matches()) {
            throw notA(original, type.cql());
        }
        try {
            return parser.apply(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw notA(original, type.cql() + " (out of range)");
        }
    }

    private static String decimal(CqlType type, String original, String t) {
        if (!DECIMAL_NUMBER.matcher(t).matches()) {
            throw notA(original, type.cql());
        }
        return t;
    }

    private static Object temporal(String original, String t, Function<String, Object> parser, String what) {
        try {
            return parser.apply(t);
        } catch (DateTimeParseException e) {
            throw notA(original, what);
        }
    }

    private static UUID uuid(CqlType type, String original, String t) {
        if (!CANONICAL_UUID.matcher(t).matches()) {
            throw notA(original, "uuid");
        }
        UUID uuid = UUID.fromString(t);
        if (type == CqlType.TIMEUUID && uuid.version() != 1) {
            throw notA(original, "timeuuid (version 1 UUID)");
        }
        return uuid;
    }

    private static InetAddress inet(String original, String t) {
        if (IP_LITERAL.matcher(t).matches()) {
            try {
                return InetAddress.getByName(t);
            } catch (UnknownHostException e) {
                // not a literal address after all
            }
        }
        throw notA(original, "inet (an IP address)");
    }

    private static Instant timestamp(String original, String t) {
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
