package io.kafkapipeline.spacex;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.runtime.ProducerCommand;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import picocli.CommandLine.Command;

/** {@code java -cp ... io.kafkapipeline.spacex.Main [--once]}: SpaceX launches, flattened -> Kafka. */
@Command(
        name = "spacex-producer",
        mixinStandardHelpOptions = true,
        description = "Publishes SpaceX launches (rocket, launch site and payload resolved to names) to Kafka"
                + " (topic spacex). Settings: environment variables, see --print-env-docs.")
public final class Main extends ProducerCommand {

    public Main() {
        super(SpacexConfig.COMPONENT, SpacexConfig.definition());
    }

    public static void main(String[] args) {
        execute(new Main(), args);
    }

    @Override
    protected int run(ProducerRuntime runtime, Config config) {
        return SpacexApp.run(runtime, config, options.once);
    }
}
