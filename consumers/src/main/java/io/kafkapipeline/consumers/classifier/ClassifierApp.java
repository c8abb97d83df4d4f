package io.kafkapipeline.consumers.classifier;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.sentiment.model.SentimentClassifier;
import io.kafkapipeline.sentiment.stream.ClassifierStats;
import io.kafkapipeline.sentiment.stream.ClassifierTopology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the classifier: makes sure its three topics exist, starts Kafka Streams with exactly_once_v2, logs a
 * progress line every {@code PROGRESS_INTERVAL_S}, and on SIGTERM closes (committing the open transaction). A stream
 * thread that dies of an unexpected error is replaced, so the application keeps running.
 */
public final class ClassifierApp {
    private static final Logger log = LoggerFactory.getLogger(ClassifierApp.class);

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 3;

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration TOPICS_TIMEOUT = Duration.ofSeconds(60);

    private final Config config;
    private final ClassifierStats stats = new ClassifierStats();

    public ClassifierApp(Config config) {
        this.config = config;
    }

    public ClassifierStats stats() {
        return stats;
    }

    /** The Streams settings of this run. */
    Properties properties() {
        Properties props = ClassifierTopology.properties(
                config.get(ClassifierConfig.APPLICATION_ID),
                config.get(ClassifierConfig.BROKER_URL),
                config.get(ClassifierConfig.DLQ_TOPIC),
                stats);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.get(ClassifierConfig.THREADS));
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.get(ClassifierConfig.COMMIT_INTERVAL_MS));
        props.put(StreamsConfig.CLIENT_ID_CONFIG, ClassifierConfig.COMPONENT);
        String stateDir = config.get(ClassifierConfig.STATE_DIR);
        if (!stateDir.isBlank()) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        }
        return props;
    }

    /** Runs until SIGTERM (with the hook) or until Kafka Streams fails for good; returns the exit code. */
    public int run(boolean installShutdownHook) throws InterruptedException {
        SentimentClassifier classifier = SentimentClassifier.load();
        String input = config.get(ClassifierConfig.INPUT_TOPIC);
        String output = config.get(ClassifierConfig.OUTPUT_TOPIC);
        String dlq = config.get(ClassifierConfig.DLQ_TOPIC);
        log.info(
                "{}: {} -> sentiment -> {} (not posts: {}), exactly_once_v2, group {}, brokers {}",
                ClassifierConfig.COMPONENT,
                input,
                output,
                dlq,
                config.get(ClassifierConfig.APPLICATION_ID),
                config.get(ClassifierConfig.BROKER_URL));
        ensureTopics(config.get(ClassifierConfig.BROKER_URL), List.of(input, output, dlq));

        Properties properties = properties();
        KafkaStreams streams =
                new KafkaStreams(ClassifierTopology.build(input, output, classifier, stats, properties), properties);
        CountDownLatch done = new CountDownLatch(1);
        streams.setUncaughtExceptionHandler(e -> {
            log.warn("{}: a stream thread failed ({}); replacing it", ClassifierConfig.COMPONENT, oneLine(e));
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> {
            log.info("{}: {} -> {}", ClassifierConfig.COMPONENT, before, now);
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                done.countDown();
            }
        });
        if (installShutdownHook) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                log.info("{}: shutdown requested; committing and closing", ClassifierConfig.COMPONENT);
                                streams.close(CLOSE_TIMEOUT);
                                done.countDown();
                            },
                            "classifier-shutdown"));
        }
        ScheduledExecutorService progress = progressLog(config.get(ClassifierConfig.PROGRESS_INTERVAL_S));
        try {
            streams.start();
            done.await();
        } finally {
            progress.shutdownNow();
            log.info("{} (final)", stats.line());
        }
        boolean failed = streams.state() == KafkaStreams.State.ERROR;
        streams.close(CLOSE_TIMEOUT);
        return failed ? EXIT_FAILED : EXIT_OK;
    }

    private ScheduledExecutorService progressLog(int seconds) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "classifier-progress");
            t.setDaemon(true);
            return t;
        });
        if (seconds > 0) {
            scheduler.scheduleAtFixedRate(() -> log.info(stats.line()), seconds, seconds, TimeUnit.SECONDS);
        }
        return scheduler;
    }

    /**
     * Creates the topics that do not exist yet, with the broker's defaults: the classifier may start before the
     * first post is produced, and Kafka Streams will not start on a missing input topic. Gives up (with a WARN) after
     * a minute without a broker; Kafka Streams then keeps trying on its own.
     */
    static void ensureTopics(String bootstrapServers, List<String> topics) throws InterruptedException {
        long deadline = System.nanoTime() + TOPICS_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) TOPICS_TIMEOUT.toMillis()))) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty())))
                            .all()
                            .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    log.info("{}: created topic {}", ClassifierConfig.COMPONENT, topic);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        log.warn("{}: cannot create topic {}: {}", ClassifierConfig.COMPONENT, topic, oneLine(e));
                    }
                } catch (TimeoutException e) {
                    log.warn(
                            "{}: no broker at {} answered within {} s; Kafka Streams keeps trying",
                            ClassifierConfig.COMPONENT,
                            bootstrapServers,
                            TOPICS_TIMEOUT.toSeconds());
                    return;
                }
            }
        }
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return (root.getClass().getSimpleName() + message).replaceAll("\\s+", " ");
    }
}
