package io.kafkapipeline.common.kafka;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/** Builds the one KafkaProducer of a process: acks=all, idempotent, compressed, string key and JSON value. */
public final class ProducerFactory {
    private ProducerFactory() {}

    public static Properties properties(KafkaSettings settings) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, settings.clientId());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, settings.compression());
        props.put(
                ProducerConfig.LINGER_MS_CONFIG, Long.toString(settings.linger().toMillis()));
        props.put(
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                Long.toString(settings.deliveryTimeout().toMillis()));
        props.put(
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                Long.toString(settings.maxBlock().toMillis()));
        int requestTimeout = (int) Math.min(
                30_000,
                settings.deliveryTimeout().toMillis() - settings.linger().toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(requestTimeout));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    public static KafkaProducer<String, String> create(KafkaSettings settings) {
        return new KafkaProducer<>(properties(settings));
    }
}
