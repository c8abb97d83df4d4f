package io.kafkapipeline.consumers.loop;

import io.kafkapipeline.consumers.config.ConsumerSettings;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Builds the KafkaConsumer of a run: string key and value (a value that is not JSON is reported, never a
 * deserialization error), offsets committed by the loop for handled records only, and no topic auto-creation
 * (watching a topic must not create it).
 */
public final class ConsumerFactory {

    private ConsumerFactory() {}

    public static Properties properties(ConsumerSettings settings) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, settings.fromBeginning() ? "earliest" : "latest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    public static KafkaConsumer<String, String> create(ConsumerSettings settings) {
        return new KafkaConsumer<>(properties(settings));
    }
}
