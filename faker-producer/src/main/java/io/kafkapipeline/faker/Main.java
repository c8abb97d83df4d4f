package io.kafkapipeline.faker;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.runtime.ProducerCommand;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -cp ... io.kafkapipeline.faker.Main [--once | --count N]}: synthetic people -> Kafka. */
@Command(
        description = "Publishes synthetic people (datafaker) to Kafka (topic faker). Settings: environment"
                + " variables, see --print-env-docs.")
public final class Main extends ProducerCommand {

    @Option(
            names = "--count",
            paramLabel = "N",
            description = "Send N records, flush and exit (overrides FAKER_MAX_RECORDS).")
    private Long count;

    public Main() {
        super(FakerConfig.COMPONENT, FakerConfig.definition());
    }

    public static void main(String[] args) {
        execute(new Main(), args);
    }

    @Override
    protected int run(ProducerRuntime runtime, Config config) throws InterruptedException {
        long limit = options.once ? 1 : count != null ? count : config.get(FakerConfig.MAX_RECORDS);
        FakerApp.run(runtime, config, limit);
        return 0;
    }
}
