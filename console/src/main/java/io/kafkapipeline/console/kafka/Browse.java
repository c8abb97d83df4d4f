package io.kafkapipeline.console.kafka;

import io.kafkapipeline.console.BadRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What to read from a topic: where to start (beginning, an offset, a timestamp, the latest records, or a cursor
 * from the previous page), which partition (or all), how many records, and filters on key, value and headers.
 *
 * @param partition null for every partition
 * @param cursor next offset per partition, from the previous page ({@code 0:120,1:98}); overrides {@code start}
 * @param header {@code name} (a header of that name) or {@code name=text} (its value contains the text)
 */
public record Browse(
        String topic,
        Integer partition,
        Start start,
        long offset,
        Instant timestamp,
        int limit,
        String key,
        String value,
        String header,
        Map<Integer, Long> cursor) {

    /** Where reading starts. */
    public enum Start {
        BEGINNING,
        OFFSET,
        TIMESTAMP,
        LATEST;

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Browse {
        cursor = cursor == null ? Map.of() : Map.copyOf(cursor);
        key = blankToNull(key);
        value = blankToNull(value);
        header = blankToNull(header);
    }

    /** From request parameters (all optional but the topic); a bad value is a {@link BadRequestException}. */
    public static Browse of(String topic, Map<String, String> params, int defaultLimit) {
        Start start = Start.BEGINNING;
        String from = blankToNull(params.get("from"));
        if (from != null) {
            try {
                start = Start.valueOf(from.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(
                        "from must be beginning, offset, timestamp or latest, not '" + from + "'");
            }
        }
        Integer partition = null;
        String p = blankToNull(params.get("partition"));
        if (p != null && !"all".equals(p)) {
            partition = (int) number("partition", p, 0, Integer.MAX_VALUE);
        }
        long offset = 0;
        if (start == Start.OFFSET) {
            offset = number("offset", params.getOrDefault("offset", "0"), 0, Long.MAX_VALUE);
        }
        Instant timestamp = null;
        if (start == Start.TIMESTAMP) {
            String t = blankToNull(params.get("timestamp"));
            if (t == null) {
                throw new BadRequestException("from=timestamp needs timestamp (ISO-8601, e.g. 2026-11-28T06:00:00Z)");
            }
            timestamp = instant(t);
        }
        int limit = (int) number("limit", params.getOrDefault("limit", Integer.toString(defaultLimit)), 1, 1000);
        return new Browse(
                topic,
                partition,
                start,
                offset,
                timestamp,
                limit,
                params.get("key"),
                params.get("value"),
                params.get("header"),
                cursor(blankToNull(params.get("cursor"))));
    }

    /** The parameters that give this request again (for links and the export). */
    public Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", start.param());
        p.put("partition", partition == null ? "all" : partition.toString());
        if (start == Start.OFFSET) {
            p.put("offset", Long.toString(offset));
        }
        if (start == Start.TIMESTAMP) {
            p.put("timestamp", timestamp.toString());
        }
        p.put("limit", Integer.toString(limit));
        p.put("key", key == null ? "" : key);
        p.put("value", value == null ? "" : value);
        p.put("header", header == null ? "" : header);
        if (!cursor.isEmpty()) {
            p.put("cursor", cursorText(cursor));
        }
        return p;
    }

    /** Whether a message passes the filters (case-insensitive "contains"). */
    public boolean matches(Message m) {
        if (key != null && !contains(m.key(), key)) {
            return false;
        }
        if (value != null && !contains(m.value(), value)) {
            return false;
        }
        if (header != null) {
            int eq = header.indexOf('=');
            String name = eq < 0 ? header : header.substring(0, eq);
            String text = eq < 0 ? null : header.substring(eq + 1);
            return m.headers().stream()
                    .anyMatch(h ->
                            h.name().equalsIgnoreCase(name.strip()) && (text == null || contains(h.value(), text)));
        }
        return true;
    }

    public boolean filtered() {
        return key != null || value != null || header != null;
    }

    public static String cursorText(Map<Integer, Long> cursor) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(cursor).forEach((p, o) -> {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(p).append(':').append(o);
        });
        return text.toString();
    }

    static Map<Integer, Long> cursor(String text) {
        Map<Integer, Long> cursor = new LinkedHashMap<>();
        if (text == null) {
            return cursor;
        }
        for (String part : text.split(",")) {
            String[] po = part.strip().split(":", 2);
            if (po.length != 2) {
                throw new BadRequestException("cursor must be partition:offset,..., not '" + text + "'");
            }
            cursor.put(
                    (int) number("cursor partition", po[0], 0, Integer.MAX_VALUE),
                    number("cursor offset", po[1], 0, Long.MAX_VALUE));
        }
        return cursor;
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static long number(String name, String text, long min, long max) {
        try {
            long v = Long.parseLong(text.strip());
            if (v < min || v > max) {
                throw new BadRequestException(name + " must be between " + min + " and " + max + ", not " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, not '" + text + "'");
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text.strip()).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new BadRequestException(
                        "timestamp must be ISO-8601 like 2026-11-28T06:00:00Z (no zone: UTC), not '" + text + "'");
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
