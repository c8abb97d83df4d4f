package io.kafkapipeline.common.config;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One documented setting: environment variable name, default (as the text a user would type),
 * type, doc string and a parser that validates. An empty default means "optional, unset".
 */
public final class ConfigKey<T> {

    /** Turns the raw text into a value; throws {@link IllegalArgumentException} with the reason. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String raw);
    }

    private final String name;
    private final String defaultValue;
    private final String type;
    private final String doc;
    private final boolean secret;
    private final Parser<T> parser;

    private ConfigKey(String name, String defaultValue, String type, String doc, boolean secret, Parser<T> parser) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.type = type;
        this.doc = doc;
        this.secret = secret;
        this.parser = parser;
    }

    public static ConfigKey<String> string(String name, String defaultValue, String doc) {
        return new ConfigKey<>(name, defaultValue, "string", doc, false, raw -> {
            if (raw.isBlank()) {
                throw new IllegalArgumentException("must not be blank");
            }
            return raw;
        });
    }

    /** A string that may stay unset (empty). */
    public static ConfigKey<String> optionalString(String name, String doc) {
        return new ConfigKey<>(name, "", "string", doc, false, raw -> raw);
    }

    /** An optional secret; also read from {@code <name>_FILE}; never printed. */
    public static ConfigKey<String> secret(String name, String doc) {
        return new ConfigKey<>(name, "", "secret", doc, true, raw -> raw);
    }

    public static ConfigKey<Integer> integer(String name, int defaultValue, int min, int max, String doc) {
        return new ConfigKey<>(name, Integer.toString(defaultValue), "int", doc, false, raw -> {
            int value;
            try {
                value = Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("is not an integer");
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException("must be between " + min + " and " + max);
            }
            return value;
        });
    }

    public static ConfigKey<Double> decimal(String name, String defaultValue, double min, double max, String doc) {
        return new ConfigKey<>(name, defaultValue, "number", doc, false, raw -> parseDecimal(raw, min, max));
    }

    public static ConfigKey<OptionalDouble> optionalDecimal(String name, double min, double max, String doc) {
        return new ConfigKey<>(
                name,
                "",
                "number",
                doc,
                false,
                raw -> raw.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(parseDecimal(raw, min, max)));
    }

    public static ConfigKey<OptionalLong> optionalLong(String name, String doc) {
        return new ConfigKey<>(name, "", "long", doc, false, raw -> {
            if (raw.isEmpty()) {
                return OptionalLong.empty();
            }
            try {
                return OptionalLong.of(Long.parseLong(raw));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("is not an integer");
            }
        });
    }

    /** Comma-separated, items stripped, at least one non-blank item. */
    public static ConfigKey<List<String>> list(String name, String defaultValue, String doc) {
        return new ConfigKey<>(name, defaultValue, "list", doc, false, raw -> {
            List<String> items = Arrays.stream(raw.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableList());
            if (items.isEmpty()) {
                throw new IllegalArgumentException("must list at least one item");
            }
            return items;
        });
    }

    /** An absolute http(s) URL; a trailing slash is removed. */
    public static ConfigKey<URI> url(String name, String defaultValue, String doc) {
        return new ConfigKey<>(name, defaultValue, "url", doc, false, raw -> {
            URI uri;
            try {
                uri = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
            } catch (Exception e) {
                throw new IllegalArgumentException("is not a URL");
            }
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                throw new IllegalArgumentException("must be an http:// or https:// URL");
            }
            return uri;
        });
    }

    /** One of the enum's constants, written in lower case. */
    public static <E extends Enum<E>> ConfigKey<E> choice(String name, E defaultValue, Class<E> type, String doc) {
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
        return new ConfigKey<>(name, defaultValue.name().toLowerCase(Locale.ROOT), allowed, doc, false, raw -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(raw)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("must be one of " + allowed);
        });
    }

    /** One of a fixed set of lower-case words. */
    public static ConfigKey<String> oneOf(String name, String defaultValue, List<String> allowed, String doc) {
        String shown = String.join("|", allowed);
        return new ConfigKey<>(name, defaultValue, shown, doc, false, raw -> {
            String value = raw.toLowerCase(Locale.ROOT);
            if (!allowed.contains(value)) {
                throw new IllegalArgumentException("must be one of " + shown);
            }
            return value;
        });
    }

    private static double parseDecimal(String raw, double min, double max) {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a number");
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("must be between " + min + " and " + max);
        }
        return value;
    }

    /**
     * This key with one more check of the parsed value: {@code problem} returns why the value is not allowed (the
     * text after "Invalid NAME=value: "), or null when it is.
     */
    public ConfigKey<T> withCheck(Function<T, String> problem) {
        return new ConfigKey<>(name, defaultValue, type, doc, secret, raw -> {
            T value = parser.parse(raw);
            String why = problem.apply(value);
            if (why != null) {
                throw new IllegalArgumentException(why);
            }
            return value;
        });
    }

    T parse(String raw) {
        return parser.parse(raw);
    }

    public String name() {
        return name;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String type() {
        return type;
    }

    public String doc() {
        return doc;
    }

    public boolean secret() {
        return secret;
    }

    @Override
    public String toString() {
        return name;
    }
}
