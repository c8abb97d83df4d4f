package io.kafkapipeline.social;

import io.kafkapipeline.common.runtime.PollingCommand;
import picocli.CommandLine.Command;

/** {@code java -cp ... io.kafkapipeline.social.Main [--once]}: new Mastodon posts of the configured timelines -> Kafka. */
@Command(
        description = "Publishes new public Mastodon posts (hashtag and public timelines) to Kafka (topic twitter)."
                + " Settings: environment variables, see --print-env-docs.")
public final class Main extends PollingCommand {

    public Main() {
        super(SocialConfig.COMPONENT, SocialConfig.definition(), SocialConfig.INTERVAL_S, SocialApp::poller);
    }

    public static void main(String[] args) {
        execute(new Main(), args);
    }
}
