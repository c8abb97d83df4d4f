package io.kafkapipeline.consumers;

import io.kafkapipeline.common.cli.CliErrors;
import io.kafkapipeline.consumers.config.ConsumerConfig;
import io.kafkapipeline.consumers.config.ConsumerSettings;
import io.kafkapipeline.consumers.loop.ConsumerFactory;
import io.kafkapipeline.consumers.loop.ConsumerLoop;
import io.kafkapipeline.consumers.loop.LoopResult;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a consumer: creates the Kafka consumer, runs the loop, commits and closes. On SIGTERM (when the shutdown
 * hook is installed) the loop is woken and given {@link #SHUTDOWN_GRACE} to commit, print its final summary and
 * close.
 */
public final class ConsumerApp {

    private static final Logger log = LoggerFactory.getLogger(ConsumerApp.class);

    public static final int EXIT_OK = 0;
    public static final int EXIT_CONFIG = 1;
    /** A Kafka error the consumer cannot ride out (picocli uses 2 for usage errors). */
    public static final int EXIT_KAFKA = 3;

    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final ConsumerSettings settings;
    private final PrintStream out;
    private final PrintStream err;
    private final Function<ConsumerSettings, Consumer<String, String>> consumers;

    public ConsumerApp(ConsumerSettings settings, PrintStream out) {
        this(settings, out, System.err);
    }

    /** Records and summaries go to {@code out}; a failure that ends the run is one line {@code error: ...} on err. */
    public ConsumerApp(ConsumerSettings settings, PrintStream out, PrintStream err) {
        this(settings, out, err, ConsumerFactory::create);
    }

    /* visible for testing */ ConsumerApp(
            ConsumerSettings settings,
            PrintStream out,
            Function<ConsumerSettings, Consumer<String, String>> consumers) {
        this(settings, out, System.err, consumers);
    }

    private ConsumerApp(
            ConsumerSettings settings,
            PrintStream out,
            PrintStream err,
            Function<ConsumerSettings, Consumer<String, String>> consumers) {
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.consumers = consumers;
    }

    /** Returns the exit code: 0 after a bounded finish or a stop, {@link #EXIT_KAFKA} on a Kafka failure. */
    public int run(boolean installShutdownHook) {
        log.info("Starting consumer: {}", settings.describe());
        Consumer<String, String> consumer;
        try {
            consumer = consumers.apply(settings);
        } catch (KafkaException e) {
            log.debug("Cannot create a Kafka consumer", e);
            err.println(CliErrors.line("cannot create a Kafka consumer for " + ConsumerConfig.BROKER_URL.name() + "="
                    + settings.bootstrapServers() + ": " + rootMessage(e)));
            return EXIT_CONFIG;
        }
        CountDownLatch done = new CountDownLatch(1);
        ConsumerLoop loop = new ConsumerLoop(consumer, settings, RecordHandlers.forContract(settings.contract()), out);
        if (installShutdownHook) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndWait(loop, done), "consumer-shutdown"));
        }
        try {
            LoopResult result = loop.run();
            log.debug("result {}", result);
            return EXIT_OK;
        } catch (KafkaException e) {
            log.debug("Consumer of {} failed", settings.topic(), e);
            err.println(CliErrors.line("consumer of " + settings.topic() + " failed: " + rootMessage(e)));
            return EXIT_KAFKA;
        } finally {
            try {
                consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
            } catch (RuntimeException e) {
                log.warn("Closing the consumer of {}: {}", settings.topic(), e.toString());
            }
            done.countDown();
        }
    }

    private void stopAndWait(ConsumerLoop loop, CountDownLatch done) {
        if (done.getCount() == 0) {
            return;
        }
        log.info("Shutdown requested; committing and closing (up to {} s)", SHUTDOWN_GRACE.toSeconds());
        loop.stop();
        try {
            if (!done.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Consumer of {} did not close within {} s", settings.topic(), SHUTDOWN_GRACE.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e.getMessage() + " (" + root + ")";
    }
}
