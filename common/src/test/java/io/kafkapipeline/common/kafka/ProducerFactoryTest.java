package io.kafkapipeline.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.Env;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

class ProducerFactoryTest {

    @Test
    void defaultsAreSafeAndKeepTheSeedNames() {
        Config config = KafkaConfig.definition("weather").parse(Env.of(Map.of()));
        KafkaSettings settings = KafkaConfig.settings(config, "owm-producer");
        assertThat(settings.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(settings.topic()).isEqualTo("weather");
        assertThat(settings.clientId()).isEqualTo("owm-producer");

        Properties props = ProducerFactory.properties(settings);
        assertThat(props)
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("compression.type", "lz4")
                .containsEntry("delivery.timeout.ms", "300000")
                .containsEntry("max.block.ms", "300000");
    }

    @Test
    void aRealProducerCanBeBuiltWithoutABroker() {
        Config config = KafkaConfig.definition("t").parse(Env.of(Map.of("KAFKA_BROKER_URL", "127.0.0.1:1")));
        try (KafkaProducer<String, String> producer = ProducerFactory.create(KafkaConfig.settings(config, "x"))) {
            assertThat(producer.metrics()).isNotEmpty();
            producer.close(Duration.ZERO);
        }
    }

    @Test
    void compressionIsValidated() {
        assertThatThrownBy(() -> KafkaConfig.definition("t").parse(Env.of(Map.of("KAFKA_COMPRESSION", "brotli"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid KAFKA_COMPRESSION='brotli': must be one of none|gzip|snappy|lz4|zstd");
    }
}
