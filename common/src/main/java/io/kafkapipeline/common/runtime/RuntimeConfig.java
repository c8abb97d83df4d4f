package io.kafkapipeline.common.runtime;

import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Range;

/** Settings of the producer process itself, and the run-time keys other services declare with their own defaults. */
public final class RuntimeConfig {
    public static final ConfigKey<Integer> PROGRESS_INTERVAL_S =
            progressInterval("fetched, published, failed, last error");
    public static final ConfigKey<Integer> SHUTDOWN_TIMEOUT_S = ConfigKey.integer(
            "SHUTDOWN_TIMEOUT_S",
            30,
            Range.between(1, 3_600),
            "On SIGTERM, how long to wait for the records in flight to be flushed to Kafka (work still blocked"
                    + " after min(5 s, a third of this) is interrupted first).");

    private RuntimeConfig() {}

    public static ConfigDef definition() {
        return new ConfigDef().define(PROGRESS_INTERVAL_S, SHUTDOWN_TIMEOUT_S);
    }

    /** {@code PROGRESS_INTERVAL_S} of a service whose progress line counts {@code counts}. */
    public static ConfigKey<Integer> progressInterval(String counts) {
        return ConfigKey.integer(
                "PROGRESS_INTERVAL_S",
                30,
                Range.between(0, 86_400),
                "Seconds between one-line progress logs (" + counts + "); 0 = only at exit.");
    }

    /** {@code SLEEP_TIME} (the seed's name): seconds between the polls of a producer that polls an API. */
    public static ConfigKey<Integer> sleepTime(int defaultSeconds, String doc) {
        return ConfigKey.integer("SLEEP_TIME", defaultSeconds, Range.between(1, 86_400), doc);
    }
}
