package io.kafkapipeline.common.runtime;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import java.time.Duration;

/**
 * The command of a producer that polls a source: once its runtime is up, it builds its poll cycle and runs it every
 * interval until stopped ({@link PollLoop}), or once with {@code --once}. A polling producer's {@code Main} describes
 * itself with picocli's {@code @Command} and passes its settings, its interval setting and how to build its cycle.
 */
public abstract class PollingCommand extends ProducerCommand {

    /** Builds the producer's poll cycle on its runtime (may throw a ConfigException for a bad combination). */
    @FunctionalInterface
    public interface CycleFactory {
        PollLoop.Cycle create(ProducerRuntime runtime, Config config);
    }

    private final ConfigKey<Integer> intervalSeconds;
    private final CycleFactory cycle;

    /** @param intervalSeconds the setting that says how many seconds apart polls start */
    protected PollingCommand(
            String component, ConfigDef definition, ConfigKey<Integer> intervalSeconds, CycleFactory cycle) {
        super(component, definition);
        this.intervalSeconds = intervalSeconds;
        this.cycle = cycle;
    }

    @Override
    protected final int run(ProducerRuntime runtime, Config config) {
        PollLoop.Cycle poller = cycle.create(runtime, config);
        return runtime.pollLoop().run(poller, Duration.ofSeconds(config.get(intervalSeconds)), options.once);
    }
}
