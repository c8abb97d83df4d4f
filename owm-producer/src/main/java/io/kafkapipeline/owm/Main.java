package io.kafkapipeline.owm;

import io.kafkapipeline.common.runtime.PollingCommand;
import picocli.CommandLine.Command;

/** {@code java -cp ... io.kafkapipeline.owm.Main [--once]}: current weather of the configured cities -> Kafka. */
@Command(
        description = "Publishes OpenWeatherMap current weather to Kafka (topic weather). Settings: environment"
                + " variables, see --print-env-docs.")
public final class Main extends PollingCommand {

    public Main() {
        super(OwmConfig.COMPONENT, OwmConfig.definition(), OwmConfig.INTERVAL_S, OwmApp::poller);
    }

    public static void main(String[] args) {
        execute(new Main(), args);
    }
}
