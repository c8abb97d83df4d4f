package io.kafkapipeline.consumers.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.cassandra.CqlType;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks one non-null JSON value against the CQL type of its column: the JSON the sink can write into that type.
 * Both switches cover every {@link CqlType}, so a type the schema model learns cannot be left unchecked here.
 */
final class ValueCheck {

    private static final int MAX_SHOWN = 40;
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    /** Only the characters of an IPv6 literal, with a colon: InetAddress then parses it without a name lookup. */
    private static final Pattern IPV6_CHARS = Pattern.compile("(?=.*:)[0-9a-fA-F:.]{2,45}");

    private ValueCheck() {}

    /** Empty when {@code value} (not null, not missing) fits {@code type}; else e.g. "expected a number, found string \"x\"". */
    static Optional<String> problem(CqlType type, JsonNode value) {
        boolean ok = switch (type) {
            case TEXT -> value.isTextual();
            case ASCII -> text(value, t -> t.chars().allMatch(c -> c < 128));
            case INT -> value.isIntegralNumber() && value.canConvertToInt();
            case BIGINT -> value.isIntegralNumber() && value.canConvertToLong();
            case SMALLINT -> integerWithin(value, Short.MIN_VALUE, Short.MAX_VALUE);
            case TINYINT -> integerWithin(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case VARINT -> value.isIntegralNumber();
            case FLOAT, DOUBLE, DECIMAL -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case TIMESTAMP -> text(value, t -> parses(() -> DateTimeFormatter.ISO_INSTANT.parse(t, Instant::from)));
            case DATE -> text(value, t -> parses(() -> LocalDate.parse(t)));
            case TIME -> text(value, t -> parses(() -> LocalTime.parse(t)));
            case UUID -> text(value, t -> UUID_TEXT.matcher(t).matches());
            case TIMEUUID ->
                text(
                        value,
                        t -> UUID_TEXT.matcher(t).matches()
                                && UUID.fromString(t).version() == 1);
            case BLOB -> text(value, ValueCheck::isBlob);
            case INET -> text(value, ValueCheck::isIpAddress);
        };
        return ok ? Optional.empty() : Optional.of("expected " + expected(type) + ", found " + describe(value));
    }

    /** What a value of {@code type} is, for messages: "expected a number". */
    static String expected(CqlType type) {
        return switch (type) {
            case TEXT -> "a string";
            case ASCII -> "an ASCII string";
            case INT -> "an integer";
            case BIGINT -> "a 64-bit integer";
            case SMALLINT -> "a 16-bit integer";
            case TINYINT -> "an 8-bit integer";
            case VARINT -> "an integral number";
            case FLOAT, DOUBLE, DECIMAL -> "a number";
            case BOOLEAN -> "a boolean";
            case TIMESTAMP -> "an ISO-8601 instant";
            case DATE -> "an ISO-8601 date";
            case TIME -> "an ISO-8601 time of day";
            case UUID -> "a UUID";
            case TIMEUUID -> "a time-based (version 1) UUID";
            case BLOB -> "bytes as Base64 or 0x-prefixed hex";
            case INET -> "an IP address";
        };
    }

    /** {@code number 12.5}, {@code string "abc"}, {@code object}, {@code array}: what a value is, briefly. */
    static String describe(JsonNode value) {
        String kind = value.getNodeType().name().toLowerCase(Locale.ROOT);
        if (value.isNull()) {
            return kind;
        }
        if (value.isTextual()) {
            return kind + " " + quoted(value.textValue());
        }
        if (value.isValueNode()) {
            return kind + " " + shorten(value.asText());
        }
        return kind;
    }

    private static boolean text(JsonNode value, Predicate<String> fits) {
        return value.isTextual() && fits.test(value.textValue());
    }

    private static boolean integerWithin(JsonNode value, long min, long max) {
        if (!value.isIntegralNumber()) {
            return false;
        }
        BigInteger n = value.bigIntegerValue();
        return n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isBlob(String text) {
        try {
            if (text.startsWith("0x")) {
                HexFormat.of().parseHex(text.substring(2));
            } else {
                Base64.getDecoder().decode(text);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isIpAddress(String text) {
        if (IPV4.matcher(text).matches()) {
            return true;
        }
        if (!IPV6_CHARS.matcher(text).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(text);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String quoted(String text) {
        return "\"" + shorten(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN) + "…";
    }
}
