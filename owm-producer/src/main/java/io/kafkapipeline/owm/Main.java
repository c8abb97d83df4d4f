package io.kafkapipeline.owm;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.runtime.ProducerCommand;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import picocli.CommandLine.Command;

/** {@code java -cp ... io.kafkapipeline.owm.Main [--once]}: current weather of the configured cities -> Kafka. */
@Command(
        name = "owm-producer",
        mixinStandardHelpOptions = true,
        description = "Publishes OpenWeatherMap current weather to Kafka (topic weather). Settings: environment"
                + " variables, see --print-env-docs.")
public final class Main extends ProducerCommand {

    public Main() {
        super(OwmConfig.COMPONENT, OwmConfig.definition());
    }

    public static void main(String[] args) {
        execute(new Main(), args);
    }

    @Override
    protected int run(ProducerRuntime runtime, Config config) {
        return OwmApp.run(runtime, config, options.once);
    }
}
