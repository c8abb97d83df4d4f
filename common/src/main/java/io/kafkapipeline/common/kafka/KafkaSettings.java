package io.kafkapipeline.common.kafka;

import java.time.Duration;

/** Parsed Kafka settings; see {@link KafkaConfig}. */
public record KafkaSettings(
        String bootstrapServers,
        String topic,
        String clientId,
        String compression,
        Duration linger,
        Duration deliveryTimeout,
        Duration maxBlock) {}
