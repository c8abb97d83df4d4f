package io.kafkapipeline.common.config;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One documented setting: environment variable name, default (as the text a user would type),
 * type, doc string and a parser that validates. An empty default means "optional, unset".
 *
 * <p>A key may also derive its value from keys defined before it in the same {@link ConfigDef} (a path relative to
 * another path setting), or compute its default when unset (a folder found on disk); its default is then documented
 * in words.
 */
public final class ConfigKey<T> {

    /** Turns the raw text into a value; throws {@link IllegalArgumentException} with the reason. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String raw);
    }

    /** Turns the raw text (empty when unset) into a value, given the keys defined before this one. */
    @FunctionalInterface
    interface Resolver<T> {
        T resolve(Optional<String> raw, Config earlier);
    }

    private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]?");

    private final String name;
    private final String defaultValue;
    private final String defaultText;
    private final String type;
    private final String doc;
    private final boolean secret;
    private final Resolver<T> resolver;

    private ConfigKey(String name, String defaultValue, String type, String doc, boolean secret, Parser<T> parser) {
        this(name, defaultValue, null, type, doc, secret, (raw, earlier) -> parser.parse(raw.orElse(defaultValue)));
    }

    private ConfigKey(
            String name,
            String defaultValue,
            String defaultText,
            String type,
            String doc,
            boolean secret,
            Resolver<T> resolver) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.defaultText = defaultText;
        this.type = type;
        this.doc = doc;
        this.secret = secret;
        this.resolver = resolver;
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

    /** A whole number within {@code range}, e.g. {@code integer("X", 3, Range.between(0, 100), doc)}. */
    public static ConfigKey<Integer> integer(String name, int defaultValue, Range range, String doc) {
        return new ConfigKey<>(name, Integer.toString(defaultValue), "int", doc, false, raw -> parseInt(raw, range));
    }

    /** A number within {@code range}; {@code defaultValue} as the docs show it (e.g. "5"). */
    public static ConfigKey<Double> decimal(String name, String defaultValue, Range range, String doc) {
        return new ConfigKey<>(name, defaultValue, "number", doc, false, raw -> parseDecimal(raw, range));
    }

    public static ConfigKey<OptionalDouble> optionalDecimal(String name, Range range, String doc) {
        return optional(
                name, "number", doc, OptionalDouble.empty(), raw -> OptionalDouble.of(parseDecimal(raw, range)));
    }

    public static ConfigKey<OptionalLong> optionalLong(String name, String doc) {
        return optionalLong(name, Range.atLeast(Long.MIN_VALUE), doc);
    }

    /** A whole number within {@code range}, or unset. */
    public static ConfigKey<OptionalLong> optionalLong(String name, Range range, String doc) {
        return optional(
                name,
                "long",
                doc,
                OptionalLong.empty(),
                raw -> OptionalLong.of(parseNumber(raw, Long::valueOf, "an integer", range)));
    }

    /** A key without default: {@code unset} when the variable is empty, else what {@code parser} makes of it. */
    private static <T> ConfigKey<T> optional(String name, String type, String doc, T unset, Parser<T> parser) {
        return new ConfigKey<>(name, "", type, doc, false, raw -> raw.isEmpty() ? unset : parser.parse(raw));
    }

    /** {@code true} or {@code false}, in any case. */
    public static ConfigKey<Boolean> bool(String name, boolean defaultValue, String doc) {
        return flag(name, defaultValue, "true", "false", doc);
    }

    /** A switch written {@code on} or {@code off}, in any case. */
    public static ConfigKey<Boolean> onOff(String name, boolean defaultValue, String doc) {
        return flag(name, defaultValue, "on", "off", doc);
    }

    private static ConfigKey<Boolean> flag(String name, boolean defaultValue, String yes, String no, String doc) {
        return new ConfigKey<>(name, defaultValue ? yes : no, yes + "|" + no, doc, false, raw -> {
            if (raw.equalsIgnoreCase(yes)) {
                return true;
            }
            if (raw.equalsIgnoreCase(no)) {
                return false;
            }
            throw new IllegalArgumentException("must be " + yes + " or " + no);
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

    /** A TCP port, 1-65535. */
    public static ConfigKey<Integer> port(String name, int defaultValue, String doc) {
        return new ConfigKey<>(name, Integer.toString(defaultValue), "port", doc, false, ConfigKey::parsePort);
    }

    /** A JVM heap size as {@code -Xmx} takes it: digits and an optional unit k, m or g (e.g. 512m, 1g). */
    public static ConfigKey<String> heapSize(String name, String defaultValue, String doc) {
        return new ConfigKey<>(name, defaultValue, "heap size", doc, false, raw -> {
            if (!HEAP.matcher(raw).matches()) {
                throw new IllegalArgumentException("is not a heap size such as 512m or 1g");
            }
            return raw;
        });
    }

    /** A duration in whole seconds within {@code range}. */
    public static ConfigKey<Duration> seconds(String name, int defaultValue, Range range, String doc) {
        return new ConfigKey<>(
                name,
                Integer.toString(defaultValue),
                "seconds",
                doc,
                false,
                raw -> Duration.ofSeconds(parseInt(raw, range)));
    }

    /**
     * A folder or file, made absolute against the value of {@code base} (defined earlier in the same definition);
     * unset, {@code base}/{@code defaultRelative}. Documented as {@code $BASE/defaultRelative}.
     */
    public static ConfigKey<Path> path(String name, ConfigKey<Path> base, String defaultRelative, String doc) {
        String shown = "$" + base.name() + "/" + defaultRelative;
        return new ConfigKey<>(name, shown, null, "path", doc, false, (raw, earlier) -> {
            Path root = earlier.get(base);
            return root.resolve(toPath(raw.orElse(defaultRelative)))
                    .toAbsolutePath()
                    .normalize();
        });
    }

    /** An absolute path (a relative value is taken from the working directory); unset, computed by the supplier. */
    public static ConfigKey<Path> path(String name, String defaultInWords, Supplier<Path> defaultValue, String doc) {
        return new ConfigKey<>(
                name,
                "",
                defaultInWords,
                "path",
                doc,
                false,
                (raw, earlier) -> raw.map(ConfigKey::toPath)
                        .orElseGet(defaultValue)
                        .toAbsolutePath()
                        .normalize());
    }

    /** A path that may stay unset (then the component decides, as described by {@code defaultInWords}). */
    public static ConfigKey<Optional<Path>> optionalPath(String name, String defaultInWords, String doc) {
        return new ConfigKey<>(
                name, "", defaultInWords, "path", doc, false, (raw, earlier) -> raw.map(ConfigKey::toPath));
    }

    /**
     * Comma-separated names out of {@code allowed}, in the given order; {@code none} is the empty list. An unknown
     * name fails with the list of known ones.
     */
    public static ConfigKey<List<String>> subsetOf(
            String name, List<String> defaultValue, List<String> allowed, String doc) {
        return new ConfigKey<>(name, String.join(",", defaultValue), "list", doc, false, raw -> {
            if (raw.strip().equalsIgnoreCase("none")) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : raw.split(",")) {
                String value = item.strip();
                if (value.isEmpty()) {
                    continue;
                }
                if (!allowed.contains(value)) {
                    throw new IllegalArgumentException(
                            "names '" + value + "'; known: " + String.join(", ", allowed) + " (or none)");
                }
                items.add(value);
            }
            return List.copyOf(items);
        });
    }

    private static Path toPath(String raw) {
        try {
            return Path.of(raw);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("is not a path (" + e.getReason() + ")");
        }
    }

    private static int parsePort(String raw) {
        try {
            int port = Integer.parseInt(raw);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("is not a port number (1-65535)");
    }

    private static int parseInt(String raw, Range range) {
        return parseNumber(raw, Integer::valueOf, "an integer", range);
    }

    private static double parseDecimal(String raw, Range range) {
        return parseNumber(raw, Double::valueOf, "a number", range);
    }

    /** {@code raw} read by {@code parser} ("is not {@code what}" when it cannot), then checked against the range. */
    private static <N extends Number> N parseNumber(String raw, Function<String, N> parser, String what, Range range) {
        N value;
        try {
            value = parser.apply(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not " + what);
        }
        range.check(value);
        return value;
    }

    /**
     * This key with one more check of the parsed value: {@code problem} returns why the value is not allowed (the
     * text after "Invalid NAME=value: "), or null when it is.
     */
    public ConfigKey<T> withCheck(Function<T, String> problem) {
        return new ConfigKey<>(name, defaultValue, defaultText, type, doc, secret, (raw, earlier) -> {
            T value = resolver.resolve(raw, earlier);
            String why = problem.apply(value);
            if (why != null) {
                throw new IllegalArgumentException(why);
            }
            return value;
        });
    }

    T resolve(Optional<String> raw, Config earlier) {
        return resolver.resolve(raw, earlier);
    }

    public String name() {
        return name;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** The default as the docs show it: the literal in backticks, in words when computed, or "(unset)". */
    public String defaultDoc() {
        if (defaultText != null) {
            return defaultText;
        }
        return defaultValue.isEmpty() ? "(unset)" : "`" + defaultValue + "`";
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
