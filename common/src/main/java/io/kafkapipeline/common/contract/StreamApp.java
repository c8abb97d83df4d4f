package io.kafkapipeline.common.contract;

import java.util.List;
import java.util.Optional;

/**
 * A Kafka Streams application between two topics of the pipeline: the service that runs it, the topic it reads with
 * its consumer group (the {@code application.id}), the topic it writes and its dead-letter topic. It writes both in
 * transactions (exactly_once_v2), so their offsets also count one commit marker per transaction: their records are
 * counted as a {@code read_committed} consumer sees them.
 *
 * @param service the service's name in the local stack ({@code PIPELINE_PRODUCERS}) and its component name
 * @param inputTopic the topic it reads
 * @param applicationId its Kafka Streams application.id: the consumer group whose lag against {@code inputTopic}
 *     tells how far behind it is
 * @param outputTopic the topic it writes, read by a sink connector
 * @param dlqTopic where the records it cannot read go
 */
public record StreamApp(String service, String inputTopic, String applicationId, String outputTopic, String dlqTopic) {

    /** The sentiment classifier of consumers/: posts in, classified posts out. */
    public static final StreamApp CLASSIFIER = new StreamApp(
            "classifier",
            SocialPost.TOPIC,
            "kafkapipeline-classifier",
            ClassifiedPost.TOPIC,
            SocialPost.TOPIC + "-dlq");

    /** Every stream application of the pipeline. */
    public static final List<StreamApp> ALL = List.of(CLASSIFIER);

    /** The application that writes {@code topic}, if one does. */
    public static Optional<StreamApp> writing(String topic) {
        return ALL.stream().filter(app -> app.outputTopic().equals(topic)).findFirst();
    }
}
