package io.kafkapipeline.spacex;

import io.kafkapipeline.common.runtime.PollingCommand;
import picocli.CommandLine.Command;

/** {@code java -cp ... io.kafkapipeline.spacex.Main [--once]}: SpaceX launches, flattened -> Kafka. */
@Command(
        description = "Publishes SpaceX launches (rocket, launch site and payload resolved to names) to Kafka"
                + " (topic spacex). Settings: environment variables, see --print-env-docs.")
public final class Main extends PollingCommand {

    public Main() {
        super(SpacexConfig.COMPONENT, SpacexConfig.definition(), SpacexConfig.INTERVAL_S, SpacexApp::poller);
    }

    public static void main(String[] args) {
        execute(new Main(), args);
    }
}
