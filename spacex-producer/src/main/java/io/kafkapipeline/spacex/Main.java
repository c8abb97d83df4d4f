package io.kafkapipeline.spacex;

import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.runtime.ProducerMain;
import io.kafkapipeline.common.runtime.RunOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code java -cp ... io.kafkapipeline.spacex.Main [--once]}: SpaceX launches, flattened -> Kafka. */
@Command(
        name = "spacex-producer",
        mixinStandardHelpOptions = true,
        description = "Publishes SpaceX launches (rocket, launch site and payload resolved to names) to Kafka"
                + " (topic spacex). Settings: environment variables, see --print-env-docs.")
public final class Main implements Callable<Integer> {
    @Mixin
    private RunOptions options = new RunOptions();

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        return ProducerMain.run(
                SpacexConfig.COMPONENT,
                SpacexConfig.definition(),
                options,
                Env.system(),
                (runtime, config) -> SpacexApp.run(runtime, config, options.once));
    }
}
