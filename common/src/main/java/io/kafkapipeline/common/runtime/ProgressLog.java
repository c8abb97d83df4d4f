package io.kafkapipeline.common.runtime;

import io.kafkapipeline.common.config.Redactor;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counters of one producer and the periodic one-line progress log:
 * {@code progress: fetched=.. published=.. failed=.. last_error=..}. Thread-safe.
 */
public final class ProgressLog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);

    private final String component;
    private final Redactor redactor;
    private final AtomicLong fetched = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>("none");
    private ScheduledExecutorService scheduler;

    public ProgressLog(String component, Redactor redactor) {
        this.component = component;
        this.redactor = redactor;
    }

    /** Records fetched from the source (or generated). */
    public void recordFetched(long count) {
        fetched.addAndGet(count);
    }

    /** A record acknowledged by Kafka. */
    public void recordPublished() {
        published.incrementAndGet();
    }

    /** A failed fetch, a skipped malformed body, or a failed send; the message is redacted. */
    public void recordFailed(String error) {
        failed.incrementAndGet();
        lastError.set(redactor.redact(error).replaceAll("\\s+", " ").strip());
    }

    public long fetched() {
        return fetched.get();
    }

    public long published() {
        return published.get();
    }

    public long failed() {
        return failed.get();
    }

    public String lastError() {
        return lastError.get();
    }

    public String line() {
        return component + " progress: fetched=" + fetched.get() + " published=" + published.get() + " failed="
                + failed.get() + " last_error=" + lastError.get();
    }

    public synchronized void start(Duration interval) {
        if (scheduler != null || interval.isZero()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, component + "-progress");
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        scheduler.scheduleAtFixedRate(() -> log.info(line()), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops the periodic log and writes the final line. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        log.info("{} (final)", line());
    }
}
