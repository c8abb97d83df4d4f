package io.kafkapipeline.spacex;

import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.http.HttpConfig;
import io.kafkapipeline.common.kafka.KafkaConfig;
import io.kafkapipeline.common.runtime.RuntimeConfig;
import io.kafkapipeline.common.source.SourceConfig;
import java.net.URI;
import java.util.List;

/** Settings of the SpaceX producer (plus the shared Kafka, HTTP, runtime and SOURCE keys). */
public final class SpacexConfig {
    public static final String COMPONENT = "spacex-producer";

    public static final ConfigKey<URI> BASE_URL = ConfigKey.url(
            "SPACEX_BASE_URL",
            "https://api.spacexdata.com",
            "API base URL; `/v4/launches`, `/v4/rockets`, `/v4/launchpads` and `/v4/payloads` are appended.");
    public static final ConfigKey<String> LAUNCHES = ConfigKey.oneOf(
            "SPACEX_LAUNCHES",
            "all",
            List.of("all", "past", "upcoming"),
            "Which launches to poll: `/v4/launches`, `/v4/launches/past` or" + " `/v4/launches/upcoming`.");
    public static final ConfigKey<Integer> INTERVAL_S = ConfigKey.integer(
            "SLEEP_TIME",
            300,
            1,
            86_400,
            "Seconds between polls (the seed's name); only launches that changed since the last poll are sent.");

    private SpacexConfig() {}

    public static ConfigDef definition() {
        return new ConfigDef()
                .define(BASE_URL, LAUNCHES, INTERVAL_S)
                .include(SourceConfig.definition())
                .include(KafkaConfig.definition(SpacexLaunch.TOPIC))
                .include(HttpConfig.definition())
                .include(RuntimeConfig.definition());
    }
}
