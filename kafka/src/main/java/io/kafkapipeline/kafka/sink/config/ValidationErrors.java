package io.kafkapipeline.kafka.sink.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;

/** The config values of one validation, with errors attached to the key they are about. */
public final class ValidationErrors {

    private static final Pattern KEY_IN_MESSAGE = Pattern.compile("for configuration ([^\\s:]+)");

    private final Map<String, String> props;
    private final Map<String, ConfigValue> values;

    /** @param values the values from {@code ConfigDef.validateAll}; keys without one get one when they get an error */
    public ValidationErrors(Map<String, String> props, Map<String, ConfigValue> values) {
        this.props = props;
        this.values = values;
    }

    /** Attaches an error message to {@code key}. */
    public void add(String key, String message) {
        values.computeIfAbsent(key, k -> {
                    ConfigValue value = new ConfigValue(k);
                    value.value(props.get(k));
                    return value;
                })
                .addErrorMessage(message);
    }

    /**
     * Attaches an exception's message to the key it names ("... for configuration KEY: ..."), else to the longest
     * configured key it mentions, else to {@code fallbackKey}.
     */
    public void add(Throwable error, String fallbackKey) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        add(keyIn(message).orElse(fallbackKey), message);
    }

    public boolean hasErrors() {
        return values.values().stream().anyMatch(v -> !v.errorMessages().isEmpty());
    }

    /** The messages attached to {@code key} (empty if none). */
    public List<String> errorsOf(String key) {
        ConfigValue value = values.get(key);
        return value == null ? List.of() : value.errorMessages();
    }

    public Config toConfig() {
        return new Config(new ArrayList<>(values.values()));
    }

    private Optional<String> keyIn(String message) {
        Matcher named = KEY_IN_MESSAGE.matcher(message);
        if (named.find() && (props.containsKey(named.group(1)) || values.containsKey(named.group(1)))) {
            return Optional.of(named.group(1));
        }
        return props.keySet().stream().filter(message::contains).max(Comparator.comparingInt(String::length));
    }
}
