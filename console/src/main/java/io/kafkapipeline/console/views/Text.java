package io.kafkapipeline.console.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Formatting for the pages: cut long values with a marker, pretty-print JSON, numbers, sizes, times, URLs. Escaping
 * is not done here: the templates escape every value they print.
 */
public final class Text {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);

    private Text() {}

    /** At most {@code max} characters; a longer text ends with a marker that says how much was left out. */
    public static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "… [cut: " + number(text.length() - max) + " more characters of "
                + number(text.length()) + "]";
    }

    /** Whether a text was cut by {@link #cut}. */
    public static boolean isCut(String text, int max) {
        return text != null && text.length() > max;
    }

    /** JSON objects and arrays indented; anything else as it is. */
    public static String pretty(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (!(t.startsWith("{") || t.startsWith("["))) {
            return text;
        }
        try {
            JsonNode node = JSON.readTree(t);
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            return text;
        }
    }

    /** Pretty, then cut. */
    public static String show(String text, int max) {
        return cut(pretty(text), max);
    }

    public static String number(long n) {
        return n < 0 ? "?" : NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }

    /** Bytes as B, KB, MB or GB; ? when unknown (negative). */
    public static String bytes(long n) {
        if (n < 0) {
            return "?";
        }
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** Seconds as h:mm:ss. */
    public static String duration(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    public static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    public static String url(String part) {
        return URLEncoder.encode(part == null ? "" : part, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** {@code a=1&b=2} with each value encoded. */
    public static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> url(e.getKey()) + "=" + url(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The query with one parameter replaced (or added). */
    public static String query(Map<String, String> params, String key, String value) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(params);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return query(copy);
    }
}
