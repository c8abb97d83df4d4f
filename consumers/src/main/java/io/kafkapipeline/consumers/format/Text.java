package io.kafkapipeline.consumers.format;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small text helpers that keep every printed value on one line. */
public final class Text {

    static final String UNKNOWN = "?";

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Text() {}

    /** Line breaks and runs of whitespace become one space. */
    public static String oneLine(String text) {
        return text == null ? UNKNOWN : text.replaceAll("\\s+", " ").strip();
    }

    /** Always in double quotes, with {@code "} and {@code \} escaped: {@code "light rain"}. */
    public static String quoted(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return "\"" + oneLine(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Bare when it is one plain word ({@code Hanoi}), quoted otherwise ({@code "Ho Chi Minh City"}). */
    public static String word(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        boolean plain = !text.isEmpty()
                && text.chars()
                        .noneMatch(
                                c -> Character.isWhitespace(c) || c == '"' || c == '\\' || Character.isISOControl(c));
        return plain ? text : quoted(text);
    }

    /** UTC to the minute, with seconds only when not zero: {@code 2026-11-28T04:00Z}, {@code 2021-10-07T09:53:32Z}. */
    public static String instant(Instant instant) {
        if (instant == null) {
            return UNKNOWN;
        }
        Instant seconds = Instant.ofEpochSecond(instant.getEpochSecond());
        return (seconds.getEpochSecond() % 60 == 0 ? MINUTES : SECONDS).format(seconds);
    }

    /** One decimal, dot as separator, no negative zero: {@code 24.1}, {@code 0.0}. */
    public static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return "-0.0".equals(text) ? "0.0" : text;
    }

    /** Shortest plain form: {@code 20}, {@code 1350.5}. */
    public static String number(Double value) {
        if (value == null) {
            return UNKNOWN;
        }
        if (value.isNaN() || value.isInfinite()) {
            return value.toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
