package io.kafkapipeline.consumers.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.consumers.contract.ColumnType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Checks one non-null JSON value against a column type; the problem, if any, is a short phrase. */
final class ValueCheck {

    private static final int MAX_SHOWN = 40;

    private ValueCheck() {}

    /** Empty when {@code value} (not null, not missing) fits {@code type}; else e.g. "expected a number, found string \"x\"". */
    static Optional<String> problem(ColumnType type, JsonNode value) {
        boolean ok = switch (type) {
            case TEXT -> value.isTextual();
            case INT -> value.isIntegralNumber() && value.canConvertToInt();
            case DOUBLE -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case TIMESTAMP -> value.isTextual() && isInstant(value.textValue());
            case DATE -> value.isTextual() && isDate(value.textValue());
        };
        return ok ? Optional.empty() : Optional.of("expected " + type.expected() + ", found " + describe(value));
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

    private static boolean isInstant(String text) {
        try {
            DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
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
