package io.kafkapipeline.common.config;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Parsed, validated settings of one component; produced by {@link ConfigDef#parse(Env)}. */
public final class Config {
    private final List<ConfigKey<?>> keys;
    private final Map<String, Object> values;

    Config(List<ConfigKey<?>> keys, Map<String, Object> values) {
        this.keys = List.copyOf(keys);
        this.values = Collections.unmodifiableMap(values);
    }

    /** The keys, in definition order. */
    public List<ConfigKey<?>> keys() {
        return keys;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(ConfigKey<T> key) {
        if (!values.containsKey(key.name())) {
            throw new IllegalArgumentException(key.name() + " is not defined for this component");
        }
        return (T) values.get(key.name());
    }

    /** One line for the start-up log; secrets show only whether they are set. */
    public String describe() {
        return keys.stream().map(k -> k.name() + "=" + shown(k)).collect(Collectors.joining(", "));
    }

    private String shown(ConfigKey<?> key) {
        Object value = values.get(key.name());
        if (key.secret()) {
            return value == null || value.toString().isEmpty() ? "(unset)" : "***";
        }
        if (value instanceof OptionalDouble) {
            OptionalDouble d = (OptionalDouble) value;
            return d.isPresent() ? String.valueOf(d.getAsDouble()) : "(unset)";
        }
        if (value instanceof OptionalLong) {
            OptionalLong l = (OptionalLong) value;
            return l.isPresent() ? String.valueOf(l.getAsLong()) : "(unset)";
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? String.valueOf(o.get()) : "(unset)";
        }
        if (value instanceof Duration d) {
            return d.toSeconds() + "s";
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT); // as the setting is written
        }
        return String.valueOf(value).isEmpty() ? "(unset)" : String.valueOf(value);
    }
}
