package io.kafkapipeline.common.kafka;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Range;
import java.time.Duration;
import java.util.List;

/** Kafka producer settings; {@code KAFKA_BROKER_URL} and {@code TOPIC_NAME} keep the seed's names. */
public final class KafkaConfig {
    /** Key used to read the topic; every producer defines it with its own default via {@link #definition(String)}. */
    public static final ConfigKey<String> TOPIC = topic("(per producer)");

    public static final ConfigKey<String> BROKER_URL =
            ConfigKey.string("KAFKA_BROKER_URL", "localhost:9092", "Kafka bootstrap servers, host:port[,host:port].");
    public static final ConfigKey<String> CLIENT_ID =
            ConfigKey.optionalString("KAFKA_CLIENT_ID", "Kafka client.id; empty = the producer's name.");
    public static final ConfigKey<String> COMPRESSION = ConfigKey.oneOf(
            "KAFKA_COMPRESSION", "lz4", List.of("none", "gzip", "snappy", "lz4", "zstd"), "Kafka compression.type.");
    public static final ConfigKey<Integer> LINGER_MS = ConfigKey.integer(
            "KAFKA_LINGER_MS", 20, Range.between(0, 60_000), "Kafka linger.ms: how long to wait to fill a batch.");
    public static final ConfigKey<Integer> DELIVERY_TIMEOUT_MS = ConfigKey.integer(
            "KAFKA_DELIVERY_TIMEOUT_MS",
            300_000,
            Range.atLeast(10_000),
            "Kafka delivery.timeout.ms: how long Kafka's own retries may take"
                    + " before a send counts as failed; 5 min rides out a broker restart.");
    public static final ConfigKey<Integer> MAX_BLOCK_MS = ConfigKey.integer(
            "KAFKA_MAX_BLOCK_MS",
            300_000,
            Range.atLeast(0),
            "Kafka max.block.ms: how long a send may wait for the broker's metadata or for buffer"
                    + " space (broker not up yet, or slower than the producer) before it counts as failed.");

    private KafkaConfig() {}

    static ConfigKey<String> topic(String defaultTopic) {
        return ConfigKey.string("TOPIC_NAME", defaultTopic, "Kafka topic the records are published to.");
    }

    public static ConfigDef definition(String defaultTopic) {
        return new ConfigDef()
                .define(
                        BROKER_URL,
                        topic(defaultTopic),
                        CLIENT_ID,
                        COMPRESSION,
                        LINGER_MS,
                        DELIVERY_TIMEOUT_MS,
                        MAX_BLOCK_MS);
    }

    public static KafkaSettings settings(Config config, String component) {
        String clientId = config.get(CLIENT_ID).isEmpty() ? component : config.get(CLIENT_ID);
        return new KafkaSettings(
                config.get(BROKER_URL),
                config.get(TOPIC),
                clientId,
                config.get(COMPRESSION),
                Duration.ofMillis(config.get(LINGER_MS)),
                Duration.ofMillis(config.get(DELIVERY_TIMEOUT_MS)),
                Duration.ofMillis(config.get(MAX_BLOCK_MS)));
    }
}
