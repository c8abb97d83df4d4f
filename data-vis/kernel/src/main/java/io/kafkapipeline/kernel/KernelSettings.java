package io.kafkapipeline.kernel;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.config.Range;
import java.time.Duration;

/**
 * The kernel's settings: environment variables of the kernel process (Jupyter passes its own environment and the
 * kernelspec's {@code env} on). Read once at start; a bad value stops the kernel with a line naming the variable.
 */
public final class KernelSettings {

    public static final ConfigKey<String> CLASSPATH = ConfigKey.optionalString(
            "KERNEL_CLASSPATH",
            "Jars and folders added to the notebooks' classpath when the kernel starts, separated by ':'; an entry may"
                    + " end in `*` (every jar of a folder) or be a glob such as `lib/*.jar`; relative to the"
                    + " notebook's folder.");
    public static final ConfigKey<Integer> CELL_TIMEOUT_SECONDS = ConfigKey.integer(
            "KERNEL_CELL_TIMEOUT_SECONDS",
            0,
            Range.between(0, 7 * 24 * 3600),
            "Longest time one cell may run, in seconds; a cell still running then is stopped and fails with a"
                    + " CellTimeoutException. 0: no limit. `%timeout SECONDS` changes it for the session.");

    private static final ConfigDef DEFINITION = new ConfigDef().define(CLASSPATH, CELL_TIMEOUT_SECONDS);

    private final String classpath;
    private final Duration cellTimeout;

    private KernelSettings(String classpath, Duration cellTimeout) {
        this.classpath = classpath;
        this.cellTimeout = cellTimeout;
    }

    public static ConfigDef definition() {
        return DEFINITION;
    }

    public static KernelSettings from(Env env) {
        Config config = DEFINITION.parse(env);
        return new KernelSettings(config.get(CLASSPATH), Duration.ofSeconds(config.get(CELL_TIMEOUT_SECONDS)));
    }

    /** Extra classpath entries (may be empty). */
    public String classpath() {
        return classpath;
    }

    /** The per-cell limit; {@link Duration#ZERO} for none. */
    public Duration cellTimeout() {
        return cellTimeout;
    }
}
