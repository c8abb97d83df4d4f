package io.kafkapipeline.consumers.classifier;

import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Range;
import io.kafkapipeline.common.contract.StreamApp;
import io.kafkapipeline.common.kafka.KafkaConfig;
import io.kafkapipeline.common.runtime.RuntimeConfig;

/** Every setting of the sentiment classifier (Kafka Streams): an environment variable with default, type and doc. */
public final class ClassifierConfig {

    public static final String COMPONENT = StreamApp.CLASSIFIER.service();

    /** The producers' key: same name, same default. */
    public static final ConfigKey<String> BROKER_URL = KafkaConfig.BROKER_URL;

    public static final ConfigKey<String> INPUT_TOPIC = ConfigKey.string(
            "CLASSIFIER_INPUT_TOPIC",
            StreamApp.CLASSIFIER.inputTopic(),
            "Topic of the posts to classify (social-producer's).");
    public static final ConfigKey<String> OUTPUT_TOPIC = ConfigKey.string(
            "CLASSIFIER_OUTPUT_TOPIC",
            StreamApp.CLASSIFIER.outputTopic(),
            "Topic of the classified posts (read by the twittersink connector into kafkapipeline.twitterdata).");
    public static final ConfigKey<String> DLQ_TOPIC = ConfigKey.string(
            "CLASSIFIER_DLQ_TOPIC",
            StreamApp.CLASSIFIER.dlqTopic(),
            "Dead-letter topic: records that are not posts go there unchanged, with the cause in the header"
                    + " `__streams.errors.message`.");
    public static final ConfigKey<String> APPLICATION_ID = ConfigKey.string(
            "CLASSIFIER_APPLICATION_ID",
            StreamApp.CLASSIFIER.applicationId(),
            "Kafka Streams application.id: the consumer group whose lag `./pipeline status` shows, and the prefix of"
                    + " the transactional ids.");
    public static final ConfigKey<String> STATE_DIR = ConfigKey.optionalString(
            "CLASSIFIER_STATE_DIR",
            "Kafka Streams state.dir (the topology keeps no state, only lock files); unset = the Streams default"
                    + " under java.io.tmpdir.");
    public static final ConfigKey<Integer> THREADS =
            ConfigKey.integer("CLASSIFIER_THREADS", 1, Range.between(1, 64), "Kafka Streams num.stream.threads.");
    public static final ConfigKey<Integer> COMMIT_INTERVAL_MS = ConfigKey.integer(
            "CLASSIFIER_COMMIT_INTERVAL_MS",
            100,
            Range.between(1, 600_000),
            "Kafka Streams commit.interval.ms: how often a transaction commits (with exactly_once_v2, classified"
                    + " posts become readable to the sink only then).");

    public static final ConfigKey<Integer> PROGRESS_INTERVAL_S =
            RuntimeConfig.progressInterval("read, classified, positive, negative, skipped, dead letters, last error");

    private ClassifierConfig() {}

    public static ConfigDef definition() {
        return new ConfigDef()
                .define(
                        BROKER_URL,
                        INPUT_TOPIC,
                        OUTPUT_TOPIC,
                        DLQ_TOPIC,
                        APPLICATION_ID,
                        STATE_DIR,
                        THREADS,
                        COMMIT_INTERVAL_MS,
                        PROGRESS_INTERVAL_S);
    }
}
