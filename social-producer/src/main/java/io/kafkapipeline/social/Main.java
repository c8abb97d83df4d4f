package io.kafkapipeline.social;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.runtime.ProducerCommand;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import picocli.CommandLine.Command;

/** {@code java -cp ... io.kafkapipeline.social.Main [--once]}: new Mastodon posts of the configured timelines -> Kafka. */
@Command(
        name = "social-producer",
        mixinStandardHelpOptions = true,
        description = "Publishes new public Mastodon posts (hashtag and public timelines) to Kafka (topic twitter)."
                + " Settings: environment variables, see --print-env-docs.")
public final class Main extends ProducerCommand {

    public Main() {
        super(SocialConfig.COMPONENT, SocialConfig.definition());
    }

    public static void main(String[] args) {
        execute(new Main(), args);
    }

    @Override
    protected int run(ProducerRuntime runtime, Config config) {
        return SocialApp.run(runtime, config, options.once);
    }
}
