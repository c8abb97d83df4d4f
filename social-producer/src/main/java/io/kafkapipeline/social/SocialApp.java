package io.kafkapipeline.social;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.http.Backoff;
import io.kafkapipeline.common.http.HttpConfig;
import io.kafkapipeline.common.http.HttpFetcher;
import io.kafkapipeline.common.http.HttpSettings;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import io.kafkapipeline.common.runtime.Sleeper;
import io.kafkapipeline.common.source.SourceConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import okhttp3.OkHttpClient;

/** Wires the Mastodon producer: timelines, source selection (live, replay, auto), poller. */
public final class SocialApp {
    private SocialApp() {}

    /** The poller of the running producer: its waits end at shutdown (the runtime's sleeper). */
    public static SocialPoller poller(ProducerRuntime runtime, Config config) {
        return poller(runtime, config, runtime.lifecycle().sleeper(), Clock.systemUTC());
    }

    /* visible for testing: a recording sleeper and a fixed clock make it deterministic */
    static SocialPoller poller(ProducerRuntime runtime, Config config, Sleeper sleeper, Clock clock) {
        SocialSettings settings = SocialSettings.from(config);
        Duration interval = Duration.ofSeconds(config.get(SocialConfig.INTERVAL_S));
        String token = config.get(SocialConfig.TOKEN);
        String tokenInstance =
                token.isEmpty() ? null : settings.instances().get(0).getAuthority();
        TimelineSource source = SourceConfig.select(
                SocialConfig.COMPONENT,
                config.get(SourceConfig.SOURCE),
                null,
                () -> new LiveTimelineSource(
                        fetcher(runtime, config, sleeper, clock, token, tokenInstance),
                        settings.timelines(),
                        config.get(SocialConfig.LIMIT),
                        config.get(SocialConfig.MAX_PAGES),
                        tokenInstance,
                        new RateLimits(sleeper, clock)),
                () -> new ReplayTimelineSource(
                        MastodonRecordings.BUNDLED, config.get(SocialConfig.REPLAY_POSTS_PER_POLL), interval, clock),
                FallbackTimelineSource::new,
                TimelineSource::describe);
        return new SocialPoller(source, runtime.publisher(), runtime.progress());
    }

    /** The shared HTTP client, sending {@code Authorization: Bearer <token>} to the token's instance only. */
    private static HttpFetcher fetcher(
            ProducerRuntime runtime, Config config, Sleeper sleeper, Clock clock, String token, String tokenInstance) {
        HttpSettings http = HttpConfig.settings(config);
        OkHttpClient client = http.newClient();
        if (tokenInstance != null) {
            client = client.newBuilder()
                    .addInterceptor(chain -> {
                        okhttp3.HttpUrl url = chain.request().url();
                        String authority = url.port() == okhttp3.HttpUrl.defaultPort(url.scheme())
                                ? url.host()
                                : url.host() + ":" + url.port();
                        return chain.proceed(
                                authority.equalsIgnoreCase(tokenInstance)
                                        ? chain.request()
                                                .newBuilder()
                                                .header("Authorization", "Bearer " + token)
                                                .build()
                                        : chain.request());
                    })
                    .build();
        }
        return new HttpFetcher(
                client,
                http,
                new Backoff(http.backoffInitial(), http.backoffMax(), new Random()),
                runtime.redactor(),
                sleeper,
                clock);
    }
}
