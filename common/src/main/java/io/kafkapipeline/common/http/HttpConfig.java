package io.kafkapipeline.common.http;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Range;
import java.time.Duration;

/** HTTP client settings shared by the API producers. */
public final class HttpConfig {
    public static final ConfigKey<Integer> CONNECT_TIMEOUT_MS = ConfigKey.integer(
            "HTTP_CONNECT_TIMEOUT_MS",
            5_000,
            Range.between(100, 600_000),
            "Connect timeout of each HTTP request, in ms.");
    public static final ConfigKey<Integer> READ_TIMEOUT_MS = ConfigKey.integer(
            "HTTP_READ_TIMEOUT_MS", 15_000, Range.between(100, 600_000), "Read timeout of each HTTP request, in ms.");
    public static final ConfigKey<Integer> CALL_TIMEOUT_MS = ConfigKey.integer(
            "HTTP_CALL_TIMEOUT_MS",
            60_000,
            Range.between(100, 3_600_000),
            "Upper bound of one whole HTTP request (connect, send, read the body), in ms.");
    public static final ConfigKey<Integer> MAX_RETRIES = ConfigKey.integer(
            "HTTP_MAX_RETRIES",
            3,
            Range.between(0, 100),
            "Retries of one request after a connection error, timeout, 5xx or 429.");
    public static final ConfigKey<Integer> BACKOFF_INITIAL_MS = ConfigKey.integer(
            "HTTP_BACKOFF_INITIAL_MS",
            500,
            Range.between(1, 600_000),
            "First retry delay in ms; doubles per retry, with random jitter (50-100 % of the step).");
    public static final ConfigKey<Integer> BACKOFF_MAX_MS =
            ConfigKey.integer("HTTP_BACKOFF_MAX_MS", 30_000, Range.between(1, 3_600_000), "Largest retry delay in ms.");
    public static final ConfigKey<Integer> RETRY_AFTER_MAX_S = ConfigKey.integer(
            "HTTP_RETRY_AFTER_MAX_S",
            300,
            Range.between(0, 86_400),
            "Longest `Retry-After` of a 429 that is waited for inline; a longer one fails this request"
                    + " and the next poll tries again.");

    private HttpConfig() {}

    public static ConfigDef definition() {
        return new ConfigDef()
                .define(
                        CONNECT_TIMEOUT_MS,
                        READ_TIMEOUT_MS,
                        CALL_TIMEOUT_MS,
                        MAX_RETRIES,
                        BACKOFF_INITIAL_MS,
                        BACKOFF_MAX_MS,
                        RETRY_AFTER_MAX_S);
    }

    public static HttpSettings settings(Config config) {
        return new HttpSettings(
                Duration.ofMillis(config.get(CONNECT_TIMEOUT_MS)),
                Duration.ofMillis(config.get(READ_TIMEOUT_MS)),
                Duration.ofMillis(config.get(CALL_TIMEOUT_MS)),
                config.get(MAX_RETRIES),
                Duration.ofMillis(config.get(BACKOFF_INITIAL_MS)),
                Duration.ofMillis(config.get(BACKOFF_MAX_MS)),
                Duration.ofSeconds(config.get(RETRY_AFTER_MAX_S)));
    }
}
