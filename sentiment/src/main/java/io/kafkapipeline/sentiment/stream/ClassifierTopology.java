package io.kafkapipeline.sentiment.stream;

import io.kafkapipeline.sentiment.model.SentimentClassifier;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * {@code twitter -> classify -> twittersink}: posts in, classified posts out, keys kept; records that are not posts
 * to the dead-letter topic (through {@link DeadLetterHandler}). Stateless: no store, no repartition topic.
 */
public final class ClassifierTopology {

    private ClassifierTopology() {}

    /** The topology, built with the settings it will run with ({@link #properties}). */
    public static Topology build(
            String inputTopic,
            String outputTopic,
            SentimentClassifier classifier,
            ClassifierStats stats,
            Properties properties) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(properties)));
        builder.stream(
                        inputTopic,
                        Consumed.with(Serdes.String(), Serdes.String()).withName("read-posts"))
                .processValues(() -> new ClassifyProcessor(classifier, stats), Named.as("classify"))
                .to(outputTopic, Produced.with(Serdes.String(), Serdes.String()).withName("write-classified"));
        return builder.build();
    }

    /**
     * The Streams settings every run uses, tests included: exactly_once_v2, string serdes, the dead-letter topic
     * and its handler (with the shared counters).
     */
    public static Properties properties(
            String applicationId, String bootstrapServers, String deadLetterTopic, ClassifierStats stats) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
        props.put(DeadLetterHandler.STATS_CONFIG, stats);
        return props;
    }
}
