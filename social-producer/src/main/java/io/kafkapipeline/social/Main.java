package io.kafkapipeline.social;

import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.runtime.ProducerMain;
import io.kafkapipeline.common.runtime.RunOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code java -cp ... io.kafkapipeline.social.Main [--once]}: new Mastodon posts of the configured timelines -> Kafka. */
@Command(
        name = "social-producer",
        mixinStandardHelpOptions = true,
        description = "Publishes new public Mastodon posts (hashtag and public timelines) to Kafka (topic twitter)."
                + " Settings: environment variables, see --print-env-docs.")
public final class Main implements Callable<Integer> {
    @Mixin
    private RunOptions options = new RunOptions();

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        return ProducerMain.run(
                SocialConfig.COMPONENT,
                SocialConfig.definition(),
                options,
                Env.system(),
                (runtime, config) -> SocialApp.run(runtime, config, options.once));
    }
}
