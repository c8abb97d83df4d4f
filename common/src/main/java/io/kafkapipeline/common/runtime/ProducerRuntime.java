package io.kafkapipeline.common.runtime;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.Redactor;
import io.kafkapipeline.common.kafka.KafkaConfig;
import io.kafkapipeline.common.kafka.ProducerFactory;
import io.kafkapipeline.common.kafka.RecordPublisher;
import java.time.Duration;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every producer process owns, once: the lifecycle, the progress log and the single Kafka
 * producer. {@link #close()} stops the progress log, flushes and closes the producer.
 */
public final class ProducerRuntime implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ProducerRuntime.class);

    private final String component;
    private final Redactor redactor;
    private final Lifecycle lifecycle = new Lifecycle();
    private final ProgressLog progress;
    private final RecordPublisher publisher;
    private final Duration shutdownTimeout;

    /** For tests: any {@link Producer}, e.g. kafka-clients' MockProducer. */
    public ProducerRuntime(String component, ConfigDef def, Config config, Producer<String, String> producer) {
        this.component = component;
        this.redactor = Redactor.of(def, config);
        this.progress = new ProgressLog(component, redactor);
        this.publisher = new RecordPublisher(producer, config.get(KafkaConfig.TOPIC), progress, redactor);
        this.shutdownTimeout = Duration.ofSeconds(config.get(RuntimeConfig.SHUTDOWN_TIMEOUT_S));
    }

    /** The real thing: creates the KafkaProducer, starts the progress log and installs the SIGTERM hook. */
    public static ProducerRuntime start(String component, ConfigDef def, Config config) {
        log.info("{}: starting with {}", component, config.describe());
        ProducerRuntime runtime = new ProducerRuntime(
                component, def, config, ProducerFactory.create(KafkaConfig.settings(config, component)));
        runtime.progress.start(Duration.ofSeconds(config.get(RuntimeConfig.PROGRESS_INTERVAL_S)));
        runtime.lifecycle.registerWorker(Thread.currentThread());
        // stop -> the loop ends at once unless blocked; blocked work is interrupted after at most 5 s;
        // then close() waits up to SHUTDOWN_TIMEOUT_S for the records in flight.
        Duration interruptAfter = min(Duration.ofSeconds(5), runtime.shutdownTimeout.dividedBy(3));
        runtime.lifecycle.installShutdownHook(
                component,
                interruptAfter,
                runtime.shutdownTimeout.plus(interruptAfter).plusSeconds(2));
        return runtime;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public String component() {
        return component;
    }

    public Redactor redactor() {
        return redactor;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public ProgressLog progress() {
        return progress;
    }

    public RecordPublisher publisher() {
        return publisher;
    }

    public PollLoop pollLoop() {
        return new PollLoop(component, lifecycle, progress, redactor);
    }

    @Override
    public void close() {
        try {
            Thread.interrupted();
            publisher.close(shutdownTimeout);
            progress.close();
        } finally {
            lifecycle.finished();
        }
    }
}
