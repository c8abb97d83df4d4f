package io.kafkapipeline.spacex;

import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Range;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.http.HttpConfig;
import io.kafkapipeline.common.kafka.KafkaConfig;
import io.kafkapipeline.common.runtime.RuntimeConfig;
import io.kafkapipeline.common.source.SourceConfig;
import io.kafkapipeline.spacex.ll2.Ll2Api;
import java.net.URI;

/** Settings of the SpaceX producer (plus the shared Kafka, HTTP, runtime and SOURCE keys). */
public final class SpacexConfig {
    public static final String COMPONENT = "spacex-producer";

    public static final ConfigKey<SpacexApi> API = ConfigKey.choice(
            "SPACEX_API",
            SpacexApi.V4,
            SpacexApi.class,
            "Which API: `v4` = the SpaceX API v4 (it stopped receiving data in late 2022), `ll2` = The Space Devs'"
                    + " Launch Library 2 (current launches; the `LL2_*` settings).");
    public static final ConfigKey<URI> BASE_URL = ConfigKey.url(
            "SPACEX_BASE_URL",
            "https://api.spacexdata.com",
            "(v4) API base URL; `/v4/launches`, `/v4/rockets`, `/v4/launchpads` and `/v4/payloads` are appended.");
    public static final ConfigKey<Launches> LAUNCHES = ConfigKey.choice(
            "SPACEX_LAUNCHES",
            Launches.ALL,
            Launches.class,
            "Which launches to poll: v4 `/v4/launches`, `/v4/launches/past` or `/v4/launches/upcoming`; ll2"
                    + " `upcoming/` and `previous/`, `previous/` or `upcoming/`.");
    public static final ConfigKey<Integer> INTERVAL_S = RuntimeConfig.sleepTime(
            300, "Seconds between polls (the seed's name); only launches that changed since the last poll are sent.");
    public static final ConfigKey<URI> LL2_BASE_URL = ConfigKey.url(
                    "LL2_BASE_URL",
                    "https://ll.thespacedevs.com/2.3.0",
                    "(ll2) API root with its version (2.0.0 to 2.3.0 are read); `launches/upcoming/` (2.3.0 on) or"
                            + " `launch/upcoming/` (before) is appended. https://lldev.thespacedevs.com/2.3.0 is"
                            + " the development server: no rate limit, stale data.")
            .withCheck(Ll2Api::versionProblem);
    public static final ConfigKey<String> LL2_API_KEY = ConfigKey.secret(
            "LL2_API_KEY",
            "(ll2) Launch Library 2 API key, sent as `Authorization: Token <key>` and redacted from every log line;"
                    + " unset = anonymous (15 requests per hour).");
    public static final ConfigKey<Integer> LL2_REQUESTS_PER_HOUR = ConfigKey.integer(
            "LL2_REQUESTS_PER_HOUR",
            15,
            Range.between(1, 100_000),
            "(ll2) Request budget: requests (retries included) are spaced evenly, 2 % wider than 1/N hour, so no"
                    + " hour has more; a 429 holds them for the wait it names. 15 = the anonymous limit; with a key,"
                    + " that key's limit.");
    public static final ConfigKey<Integer> LL2_PAGE_SIZE = ConfigKey.integer(
            "LL2_PAGE_SIZE",
            100,
            Range.between(1, 100),
            "(ll2) Launches per request (`limit`; the API allows at most 100).");
    public static final ConfigKey<Integer> LL2_PREVIOUS_PAGES = ConfigKey.integer(
            "LL2_PREVIOUS_PAGES",
            1,
            Range.between(0, 10_000),
            "(ll2) Pages of `previous/` (newest first) read at each poll once it has been read to its end; until"
                    + " then polls follow `next` to the end, resuming at a page that failed. 0 = `upcoming/` only"
                    + " after that.");

    private SpacexConfig() {}

    public static ConfigDef definition() {
        return new ConfigDef()
                .define(
                        API,
                        BASE_URL,
                        LAUNCHES,
                        INTERVAL_S,
                        LL2_BASE_URL,
                        LL2_API_KEY,
                        LL2_REQUESTS_PER_HOUR,
                        LL2_PAGE_SIZE,
                        LL2_PREVIOUS_PAGES)
                .include(SourceConfig.definition())
                .include(KafkaConfig.definition(SpacexLaunch.TOPIC))
                .include(HttpConfig.definition())
                .include(RuntimeConfig.definition());
    }
}
