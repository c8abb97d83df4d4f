package io.kafkapipeline.faker;

import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.runtime.ProducerMain;
import io.kafkapipeline.common.runtime.RunOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code java -cp ... io.kafkapipeline.faker.Main [--once | --count N]}: synthetic people -> Kafka. */
@Command(
        name = "faker-producer",
        mixinStandardHelpOptions = true,
        description = "Publishes synthetic people (datafaker) to Kafka (topic faker). Settings: environment"
                + " variables, see --print-env-docs.")
public final class Main implements Callable<Integer> {
    @Mixin
    private RunOptions options = new RunOptions();

    @Option(
            names = "--count",
            paramLabel = "N",
            description = "Send N records, flush and exit (overrides" + " FAKER_MAX_RECORDS).")
    private Long count;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        return ProducerMain.run(
                FakerConfig.COMPONENT, FakerConfig.definition(), options, Env.system(), (runtime, config) -> {
                    long limit = options.once ? 1 : count != null ? count : config.get(FakerConfig.MAX_RECORDS);
                    FakerApp.run(runtime, config, limit);
                    return 0;
                });
    }
}
