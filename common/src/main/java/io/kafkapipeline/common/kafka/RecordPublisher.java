package io.kafkapipeline.common.kafka;

import io.kafkapipeline.common.config.Redactor;
import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.runtime.ProgressLog;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends contract records to one topic, keyed by the table's primary key. Every outcome is
 * counted; a failed send is logged (at most one WARN line per second, with the number of others
 * suppressed) and reported through the returned future, never dropped silently.
 */
public final class RecordPublisher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RecordPublisher.class);
    private static final long LOG_EVERY_NANOS = 1_000_000_000L;

    private final Producer<String, String> producer;
    private final String topic;
    private final ProgressLog progress;
    private final Redactor redactor;
    private final AtomicLong lastFailureLog = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);
    private final AtomicLong suppressed = new AtomicLong();

    public RecordPublisher(Producer<String, String> producer, String topic, ProgressLog progress, Redactor redactor) {
        this.producer = producer;
        this.topic = topic;
        this.progress = progress;
        this.redactor = redactor;
    }

    public String topic() {
        return topic;
    }

    /** Completes when Kafka acknowledged the record, exceptionally when the send failed. */
    public CompletableFuture<Void> publish(TableRecord record) {
        return publish(record.key(), record.toJson());
    }

    public CompletableFuture<Void> publish(String key, String json) {
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, key, json), (metadata, error) -> {
                if (error == null) {
                    progress.recordPublished();
                    outcome.complete(null);
                } else {
                    failed(key, error);
                    outcome.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            failed(key, e);
            outcome.completeExceptionally(e);
        }
        return outcome;
    }

    private void failed(String key, Throwable error) {
        String problem = "send to " + topic + " failed for key '" + key + "': " + redactor.describe(error);
        progress.recordFailed(problem);
        long now = System.nanoTime();
        long last = lastFailureLog.get();
        if (now - last >= LOG_EVERY_NANOS && lastFailureLog.compareAndSet(last, now)) {
            long others = suppressed.getAndSet(0);
            log.warn("{}{}", problem, others > 0 ? " (+" + others + " more failed sends not logged)" : "");
        } else {
            suppressed.incrementAndGet();
        }
    }

    public void flush() {
        producer.flush();
    }

    /**
     * Waits up to the timeout for the records in flight to be acknowledged, then closes; records
     * still unsent after that fail through their callbacks and are counted.
     */
    public void close(Duration timeout) {
        producer.close(timeout);
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
