package io.kafkapipeline.owm;

import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.runtime.ProducerMain;
import io.kafkapipeline.common.runtime.RunOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code java -cp ... io.kafkapipeline.owm.Main [--once]}: current weather of the configured cities -> Kafka. */
@Command(
        name = "owm-producer",
        mixinStandardHelpOptions = true,
        description = "Publishes OpenWeatherMap current weather to Kafka (topic weather). Settings: environment"
                + " variables, see --print-env-docs.")
public final class Main implements Callable<Integer> {
    @Mixin
    private RunOptions options = new RunOptions();

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        return ProducerMain.run(
                OwmConfig.COMPONENT,
                OwmConfig.definition(),
                options,
                Env.system(),
                (runtime, config) -> OwmApp.run(runtime, config, options.once));
    }
}
