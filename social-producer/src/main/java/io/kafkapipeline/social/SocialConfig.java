package io.kafkapipeline.social;

import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Range;
import io.kafkapipeline.common.contract.SocialPost;
import io.kafkapipeline.common.http.HttpConfig;
import io.kafkapipeline.common.kafka.KafkaConfig;
import io.kafkapipeline.common.runtime.RuntimeConfig;
import io.kafkapipeline.common.source.SourceConfig;
import java.util.List;

/** Settings of the Mastodon producer (plus the shared Kafka, HTTP, runtime and SOURCE keys). */
public final class SocialConfig {
    public static final String COMPONENT = "social-producer";

    public static final ConfigKey<List<String>> BASE_URLS = ConfigKey.list(
            "MASTODON_BASE_URL",
            "https://mastodon.social",
            "Mastodon instances to read, comma-separated base URLs; every timeline is read on each of them.");
    public static final ConfigKey<List<String>> TAGS = ConfigKey.list(
            "MASTODON_TAGS",
            "spacex,weather",
            "Hashtags whose public timelines are read (`/api/v1/timelines/tag/<tag>`), comma-separated, without `#`.");
    public static final ConfigKey<String> PUBLIC = ConfigKey.oneOf(
            "MASTODON_PUBLIC",
            "none",
            List.of("none", "local", "federated"),
            "Also read the public timeline (`/api/v1/timelines/public`): `local` = the instance's own posts only,"
                    + " `federated` = everything it knows; `none` = tags only.");
    public static final ConfigKey<String> TOKEN = ConfigKey.secret(
            "MASTODON_TOKEN",
            "Access token (`Authorization: Bearer`), needed only by instances that refuse anonymous reads of public"
                    + " timelines; sent to the first instance of MASTODON_BASE_URL only (a token belongs to one"
                    + " server). Redacted from every log line.");
    public static final ConfigKey<Integer> LIMIT = ConfigKey.integer(
            "MASTODON_LIMIT", 40, Range.between(1, 40), "Posts per page (`limit`; Mastodon serves at most 40).");
    public static final ConfigKey<Integer> MAX_PAGES = ConfigKey.integer(
            "MASTODON_MAX_PAGES",
            5,
            Range.between(1, 100),
            "Pages of new posts read per timeline and poll (following the `Link` header); the rest waits for the"
                    + " next poll, without a gap.");
    public static final ConfigKey<Integer> INTERVAL_S =
            RuntimeConfig.sleepTime(60, "Seconds between polls of all timelines (the seed's name).");
    public static final ConfigKey<Integer> REPLAY_POSTS_PER_POLL = ConfigKey.integer(
            "REPLAY_POSTS_PER_POLL",
            5,
            Range.between(1, 1_000),
            "Replay only: posts served per recorded timeline and poll (re-stamped, so rows keep arriving).");

    private SocialConfig() {}

    public static ConfigDef definition() {
        return new ConfigDef()
                .define(BASE_URLS, TAGS, PUBLIC, TOKEN, LIMIT, MAX_PAGES, INTERVAL_S, REPLAY_POSTS_PER_POLL)
                .include(SourceConfig.definition())
                .include(KafkaConfig.definition(SocialPost.TOPIC))
                .include(HttpConfig.definition())
                .include(RuntimeConfig.definition());
    }
}
