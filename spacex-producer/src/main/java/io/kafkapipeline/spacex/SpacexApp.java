package io.kafkapipeline.spacex;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.http.HttpConfig;
import io.kafkapipeline.common.http.HttpFetcher;
import io.kafkapipeline.common.runtime.Pacer;
import io.kafkapipeline.common.runtime.PollLoop;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import io.kafkapipeline.common.runtime.Sleeper;
import io.kafkapipeline.common.source.BodySource;
import io.kafkapipeline.common.source.SourceConfig;
import io.kafkapipeline.spacex.ll2.LiveLl2Source;
import io.kafkapipeline.spacex.ll2.Ll2Api;
import io.kafkapipeline.spacex.ll2.Ll2Feed;
import io.kafkapipeline.spacex.ll2.Ll2Poller;
import io.kafkapipeline.spacex.ll2.ReplayLl2Source;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the SpaceX producer: API (v4 or Launch Library 2), source selection, request budget and poller. */
public final class SpacexApp {
    private static final Logger log = LoggerFactory.getLogger(SpacexApp.class);

    /** The LL2 budget is spaced this much wider than 1/N hour, for clock and network jitter. */
    static final double LL2_BUDGET_SLACK = 1.02;

    private SpacexApp() {}

    /** The poller of the running producer: its waits end at shutdown (the runtime's sleeper). */
    public static PollLoop.Cycle poller(ProducerRuntime runtime, Config config) {
        return poller(runtime, config, runtime.lifecycle().sleeper(), System::nanoTime);
    }

    /* visible for testing: a sleeper and a clock that go together make the request budget deterministic */
    static PollLoop.Cycle poller(ProducerRuntime runtime, Config config, Sleeper sleeper, LongSupplier nanoTime) {
        Launches launches = config.get(SpacexConfig.LAUNCHES);
        if (config.get(SpacexConfig.API) == SpacexApi.LL2) {
            return ll2Poller(runtime, config, sleeper, nanoTime, launches);
        }
        BodySource source = SourceConfig.select(
                SpacexConfig.COMPONENT,
                config.get(SourceConfig.SOURCE),
                null,
                () -> new LiveSpacexSource(
                        HttpFetcher.create(HttpConfig.settings(config), runtime.redactor(), sleeper),
                        config.get(SpacexConfig.BASE_URL)),
                ReplaySpacexSource::new);
        return new SpacexPoller(source, launches, runtime.publisher(), runtime.progress());
    }

    private static Ll2Poller ll2Poller(
            ProducerRuntime runtime, Config config, Sleeper sleeper, LongSupplier nanoTime, Launches launches) {
        Ll2Api api = new Ll2Api(config.get(SpacexConfig.LL2_BASE_URL));
        String key = config.get(SpacexConfig.LL2_API_KEY);
        int perHour = config.get(SpacexConfig.LL2_REQUESTS_PER_HOUR);
        BodySource source = SourceConfig.select(
                SpacexConfig.COMPONENT,
                config.get(SourceConfig.SOURCE),
                null,
                () -> {
                    log.info(
                            "{}: Launch Library 2 {}: at most {} requests per hour, spaced {} s apart"
                                    + " (LL2_REQUESTS_PER_HOUR)",
                            SpacexConfig.COMPONENT,
                            api.version(),
                            perHour,
                            Math.round(3600 * LL2_BUDGET_SLACK / perHour));
                    Pacer budget = new Pacer(perHour / (3600 * LL2_BUDGET_SLACK), false, nanoTime, sleeper);
                    HttpFetcher fetcher = HttpFetcher.create(HttpConfig.settings(config), runtime.redactor(), sleeper)
                            .paced(budget);
                    return new LiveLl2Source(
                            key.isEmpty() ? fetcher : fetcher.withHeader("Authorization", "Token " + key),
                            api,
                            !key.isEmpty());
                },
                ReplayLl2Source::new);
        return new Ll2Poller(
                source,
                api,
                Ll2Feed.of(launches),
                config.get(SpacexConfig.LL2_PAGE_SIZE),
                config.get(SpacexConfig.LL2_PREVIOUS_PAGES),
                runtime.publisher(),
                runtime.progress());
    }
}
