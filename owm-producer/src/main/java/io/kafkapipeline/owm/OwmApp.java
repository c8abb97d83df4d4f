package io.kafkapipeline.owm;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.http.HttpConfig;
import io.kafkapipeline.common.http.HttpFetcher;
import io.kafkapipeline.common.runtime.Pacer;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import io.kafkapipeline.common.runtime.Sleeper;
import io.kafkapipeline.common.source.BodySource;
import io.kafkapipeline.common.source.SourceConfig;
import java.time.Clock;
import java.time.Duration;

/** Wires the OpenWeatherMap producer: source selection, rate limit, poller. */
public final class OwmApp {
    private OwmApp() {}

    /** The poller of the running producer: its waits end at shutdown (the runtime's sleeper). */
    public static WeatherPoller poller(ProducerRuntime runtime, Config config) {
        return poller(runtime, config, runtime.lifecycle().sleeper(), Clock.systemUTC());
    }

    /* visible for testing: a recording sleeper and a fixed clock make it deterministic */
    static WeatherPoller poller(ProducerRuntime runtime, Config config, Sleeper sleeper, Clock clock) {
        String apiKey = config.get(OwmConfig.API_KEY);
        Units units = config.get(OwmConfig.UNITS);
        Duration interval = Duration.ofSeconds(config.get(OwmConfig.INTERVAL_S));
        Pacer quota = Pacer.perSecond(config.get(OwmConfig.MAX_CALLS_PER_MINUTE) / 60.0, false, sleeper);
        BodySource source = SourceConfig.select(
                OwmConfig.COMPONENT,
                config.get(SourceConfig.SOURCE),
                apiKey.isEmpty() ? "OPENWEATHER_API_KEY is not set" : null,
                () -> new LiveWeatherSource(
                        HttpFetcher.create(HttpConfig.settings(config), runtime.redactor(), sleeper)
                                .paced(quota),
                        config.get(OwmConfig.BASE_URL),
                        apiKey,
                        units,
                        config.get(OwmConfig.LANG)),
                () -> new ReplayWeatherSource(units, interval, clock));
        return new WeatherPoller(config.get(OwmConfig.CITIES), source, runtime.publisher(), runtime.progress());
    }
}
