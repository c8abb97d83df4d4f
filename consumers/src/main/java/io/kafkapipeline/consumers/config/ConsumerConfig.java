package io.kafkapipeline.consumers.config;

import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Range;
import io.kafkapipeline.common.kafka.KafkaConfig;
import java.util.OptionalLong;

/**
 * Every setting of a consumer: an environment variable with its default, type and doc. Command-line options
 * ({@code --topic}, {@code --from-beginning}, ...) override the variable of the same meaning. The README's table is
 * {@code ConsumerMain --print-env-docs}.
 */
public final class ConsumerConfig {

    public static final String COMPONENT = "consumer";

    /** The producers' key: same name, same default. */
    public static final ConfigKey<String> BROKER_URL = KafkaConfig.BROKER_URL;

    public static final ConfigKey<String> TOPIC = ConfigKey.optionalString(
            "TOPIC_NAME",
            "Topic to read (required): weather, faker or spacex, or any topic when RECORD_CONTRACT is set.");
    public static final ConfigKey<String> CONTRACT = ConfigKey.optionalString(
            "RECORD_CONTRACT",
            "Contract the records are validated against, weather|faker|spacex; unset = the topic's name.");
    public static final ConfigKey<String> GROUP_ID = ConfigKey.optionalString(
            "GROUP_ID",
            "Kafka consumer group; unset = kafkapipeline-consumer-<topic>. Offsets of printed records are committed"
                    + " to it, so a restart goes on where the last run stopped.");
    public static final ConfigKey<Boolean> FROM_BEGINNING = ConfigKey.bool(
            "FROM_BEGINNING",
            false,
            "true = read every partition from its first offset; false = go on from the"
                    + " group's committed offsets, or from the end (new records only) when there are none.");
    public static final ConfigKey<OptionalLong> MAX_RECORDS = ConfigKey.optionalLong(
            "MAX_RECORDS",
            Range.atLeast(1),
            "Exit (code 0) after this many records, valid or invalid; unset = no limit.");
    public static final ConfigKey<Boolean> STOP_AT_END = ConfigKey.bool(
            "STOP_AT_END", false, "true = exit (code 0) once caught up to the end offsets seen at start.");
    public static final ConfigKey<Integer> SUMMARY_INTERVAL_S = ConfigKey.integer(
            "SUMMARY_INTERVAL_S",
            10,
            Range.between(0, 86_400),
            "Seconds between summary lines (records/s, invalid count, lag); 0 = only at exit.");
    public static final ConfigKey<Integer> POLL_TIMEOUT_MS = ConfigKey.integer(
            "POLL_TIMEOUT_MS", 500, Range.between(10, 60_000), "Longest wait of one poll for new records.");

    private ConsumerConfig() {}

    public static ConfigDef definition() {
        return new ConfigDef()
                .define(
                        BROKER_URL,
                        TOPIC,
                        CONTRACT,
                        GROUP_ID,
                        FROM_BEGINNING,
                        MAX_RECORDS,
                        STOP_AT_END,
                        SUMMARY_INTERVAL_S,
                        POLL_TIMEOUT_MS);
    }
}
