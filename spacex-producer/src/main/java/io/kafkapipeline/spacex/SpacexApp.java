package io.kafkapipeline.spacex;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.http.HttpConfig;
import io.kafkapipeline.common.http.HttpFetcher;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import io.kafkapipeline.common.runtime.Sleeper;
import io.kafkapipeline.common.source.BodySource;
import io.kafkapipeline.common.source.SourceConfig;
import java.time.Duration;

/** Wires the SpaceX producer: source selection and poller. */
public final class SpacexApp {
    private SpacexApp() {}

    public static int run(ProducerRuntime runtime, Config config, boolean once) {
        SpacexPoller poller = poller(runtime, config, runtime.lifecycle().sleeper());
        return runtime.pollLoop().run(poller, Duration.ofSeconds(config.get(SpacexConfig.INTERVAL_S)), once);
    }

    /* visible for testing */
    static SpacexPoller poller(ProducerRuntime runtime, Config config, Sleeper sleeper) {
        BodySource source = SourceConfig.select(
                SpacexConfig.COMPONENT,
                config.get(SourceConfig.SOURCE),
                null,
                () -> new LiveSpacexSource(
                        HttpFetcher.create(HttpConfig.settings(config), runtime.redactor(), sleeper),
                        config.get(SpacexConfig.BASE_URL)),
                ReplaySpacexSource::new);
        return new SpacexPoller(
                source, Launches.of(config.get(SpacexConfig.LAUNCHES)), runtime.publisher(), runtime.progress());
    }
}
