package io.kafkapipeline.stack.jupyter;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.config.Range;
import io.kafkapipeline.stack.StackException;
import java.time.Duration;
import java.util.Optional;

/** The settings of {@code ./pipeline notebook}: environment variables, read once. */
public final class NotebookSettings {

    public static final ConfigKey<Integer> PORT =
            ConfigKey.port("NOTEBOOK_PORT", 8888, "Port of Jupyter started by `./pipeline notebook` (on 127.0.0.1).");
    public static final ConfigKey<String> JUPYTER_COMMAND = ConfigKey.optionalString(
            "JUPYTER_COMMAND",
            "The `jupyter` program to run (a path); unset: the first `jupyter` on the PATH that works, else"
                    + " /usr/bin/jupyter.");
    public static final ConfigKey<String> TOKEN = ConfigKey.secret(
            "JUPYTER_TOKEN",
            "Token of the Jupyter server; unset: a new random one at each start (printed in its URL).");
    public static final ConfigKey<Duration> EXECUTE_CELL_TIMEOUT_SECONDS = ConfigKey.seconds(
            "NOTEBOOK_EXECUTE_CELL_TIMEOUT_SECONDS",
            600,
            Range.between(1, 24 * 3600),
            "`./pipeline notebook --execute`: how long Jupyter waits for one cell before it fails the notebook.");

    private static final ConfigDef DEFINITION =
            new ConfigDef().define(PORT, JUPYTER_COMMAND, TOKEN, EXECUTE_CELL_TIMEOUT_SECONDS);

    private final Config config;

    private NotebookSettings(Config config) {
        this.config = config;
    }

    public static ConfigDef definition() {
        return DEFINITION;
    }

    /** The settings; a bad value is a {@link StackException} naming the variable. */
    public static NotebookSettings from(Env env) {
        try {
            return new NotebookSettings(DEFINITION.parse(env));
        } catch (ConfigException e) {
            throw new StackException(e.getMessage(), e);
        }
    }

    public int port() {
        return config.get(PORT);
    }

    public Optional<String> jupyterCommand() {
        String v = config.get(JUPYTER_COMMAND);
        return v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    public Optional<String> token() {
        String v = config.get(TOKEN);
        return v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    public Duration executeCellTimeout() {
        return config.get(EXECUTE_CELL_TIMEOUT_SECONDS);
    }
}
