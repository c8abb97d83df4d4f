package io.kafkapipeline.common.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of one component. Parsing validates every key once at start and fails with a
 * one-line {@link ConfigException} naming the variable; {@link #markdownTable()} renders the
 * README table, so the docs come from the code.
 */
public final class ConfigDef {
    private final Map<String, ConfigKey<?>> keys = new LinkedHashMap<>();

    public ConfigDef define(ConfigKey<?>... defined) {
        for (ConfigKey<?> key : defined) {
            if (keys.putIfAbsent(key.name(), key) != null) {
                throw new IllegalStateException("Duplicate setting " + key.name());
            }
        }
        return this;
    }

    public ConfigDef include(ConfigDef other) {
        return define(other.keys.values().toArray(new ConfigKey<?>[0]));
    }

    public List<ConfigKey<?>> keys() {
        return List.copyOf(keys.values());
    }

    public Config parse(Env env) {
        Map<String, Object> values = new HashMap<>();
        for (ConfigKey<?> key : keys.values()) {
            String raw = env.value(key.name(), key.secret()).orElse(key.defaultValue());
            try {
                values.put(key.name(), key.parse(raw));
            } catch (IllegalArgumentException e) {
                String shown = key.secret() ? "***" : "'" + raw + "'";
                throw new ConfigException("Invalid " + key.name() + "=" + shown + ": " + e.getMessage());
            }
        }
        return new Config(new ArrayList<>(keys.values()), values);
    }

    /** | Variable | Default | Description | — one row per key, in definition order. */
    public String markdownTable() {
        StringBuilder out = new StringBuilder("| Variable | Default | Description |\n|---|---|---|\n");
        for (ConfigKey<?> key : keys.values()) {
            String def = key.defaultValue().isEmpty() ? "(unset)" : "`" + key.defaultValue() + "`";
            String doc = key.doc() + " (" + key.type() + ")"
                    + (key.secret() ? " Also read from the file named by `" + key.name() + Env.FILE_SUFFIX + "`." : "");
            out.append("| `")
                    .append(key.name())
                    .append("` | ")
                    .append(def)
                    .append(" | ")
                    .append(doc.replace("|", "\\|"))
                    .append(" |\n");
        }
        return out.toString();
    }
}
