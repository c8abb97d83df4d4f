package io.kafkapipeline.common.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Reads every key in definition order (a key may use the values of keys before it). */
    public Config parse(Env env) {
        Map<String, Object> values = new HashMap<>();
        List<ConfigKey<?>> done = new ArrayList<>();
        for (ConfigKey<?> key : keys.values()) {
            Optional<String> raw = env.value(key.name(), key.secret());
            try {
                values.put(key.name(), key.resolve(raw, new Config(done, new HashMap<>(values))));
            } catch (IllegalArgumentException e) {
                String text = raw.orElse(key.defaultValue());
                String shown = key.secret() ? "***" : "'" + text + "'";
                throw new ConfigException("Invalid " + key.name() + "=" + shown + ": " + e.getMessage());
            }
            done.add(key);
        }
        return new Config(new ArrayList<>(keys.values()), values);
    }

    /** One line per key for a terminal: name, doc and default, e.g. for {@code --help} or {@code --settings}. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (ConfigKey<?> key : keys.values()) {
            String def = key.defaultDoc().replace("`", "");
            String doc = key.doc().replace("`", "")
                    + (key.secret() ? " Also read from the file named by " + key.name() + Env.FILE_SUFFIX + "." : "");
            out.append(String.format("  %-24s %s [%s]%n", key.name(), doc, def));
        }
        return out.toString();
    }

    /** | Variable | Default | Description | — one row per key, in definition order. */
    public String markdownTable() {
        StringBuilder out = new StringBuilder("| Variable | Default | Description |\n|---|---|---|\n");
        for (ConfigKey<?> key : keys.values()) {
            String def = key.defaultDoc();
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
