package io.kafkapipeline.faker;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Range;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.kafka.KafkaConfig;
import io.kafkapipeline.common.runtime.RuntimeConfig;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Settings of the Faker producer (plus the shared Kafka and runtime keys). */
public final class FakerConfig {
    public static final String COMPONENT = "faker-producer";

    public static final ConfigKey<OptionalDouble> RATE = ConfigKey.optionalDecimal(
            "FAKER_RATE",
            Range.between(0.0001, 100_000),
            "Records per second, e.g. `20000` for a load test; overrides SLEEP_TIME.");
    public static final ConfigKey<Double> SLEEP_TIME = ConfigKey.decimal(
            "SLEEP_TIME",
            "5",
            Range.between(0.00001, 86_400),
            "Seconds between records when FAKER_RATE is unset (the seed's name and default: one record per 5 s).");
    public static final ConfigKey<OptionalLong> SEED = ConfigKey.optionalLong(
            "FAKER_SEED",
            "Random seed; the same seed (and day) gives the same records. Unset = different data every run.");
    public static final ConfigKey<String> LOCALE = ConfigKey.string(
            "FAKER_LOCALE", "en-US", "datafaker locale (language tag) of names, addresses and phone numbers.");
    public static final ConfigKey<Integer> THREADS = ConfigKey.integer(
            "FAKER_THREADS",
            1,
            Range.between(1, 64),
            "Generator threads sharing the rate (one datafaker generates roughly 10-20 thousand records/s per core);"
                    + " with a seed, thread i uses seed + i.");
    public static final ConfigKey<Integer> MAX_RECORDS = ConfigKey.integer(
            "FAKER_MAX_RECORDS",
            0,
            Range.atLeast(0),
            "Stop after this many records (0 = run until stopped); `--count` overrides it.");

    private FakerConfig() {}

    public static ConfigDef definition() {
        return new ConfigDef()
                .define(RATE, SLEEP_TIME, SEED, LOCALE, THREADS, MAX_RECORDS)
                .include(KafkaConfig.definition(FakerPerson.TOPIC))
                .include(RuntimeConfig.definition());
    }

    /** Records per second: FAKER_RATE, else 1 / SLEEP_TIME. */
    public static double rate(Config config) {
        return config.get(RATE).orElse(1.0 / config.get(SLEEP_TIME));
    }
}
