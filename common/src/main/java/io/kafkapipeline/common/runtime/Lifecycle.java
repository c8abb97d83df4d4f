package io.kafkapipeline.common.runtime;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run state of one producer process. A SIGTERM (shutdown hook) calls {@link #stop()}, which wakes
 * every {@link #sleeper()} wait, then waits up to a grace period for {@link #finished()} so the
 * Kafka producer can flush. A worker still busy after {@code interruptAfter} (blocked in an HTTP
 * call, or in a send waiting for a broker) is interrupted.
 */
public final class Lifecycle {
    private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Thread worker;

    public boolean running() {
        return stopRequested.getCount() > 0;
    }

    public void stop() {
        stopRequested.countDown();
    }

    /** Sleeps until the duration passed or stop was requested (then throws InterruptedException). */
    public Sleeper sleeper() {
        return duration -> {
            if (stopRequested.await(Math.max(0, duration.toNanos()), TimeUnit.NANOSECONDS)) {
                throw new InterruptedException("stopping");
            }
        };
    }

    /** The thread that runs the producer loop; interrupted if it does not finish in time on shutdown. */
    public void registerWorker(Thread thread) {
        this.worker = thread;
    }

    public void installShutdownHook(String component, Duration interruptAfter, Duration grace) {
        Thread hook = new Thread(
                () -> {
                    if (done.getCount() == 0) {
                        return;
                    }
                    log.info(
                            "{}: shutdown requested; finishing and flushing (up to {} s)",
                            component,
                            grace.toSeconds());
                    stop();
                    try {
                        long first = Math.min(interruptAfter.toMillis(), grace.toMillis());
                        Thread blocked = worker;
                        if (!done.await(first, TimeUnit.MILLISECONDS) && blocked != null) {
                            log.warn("{}: still busy after {} ms; interrupting it", component, first);
                            blocked.interrupt();
                        }
                        if (!done.await(grace.toMillis() - first, TimeUnit.MILLISECONDS)) {
                            log.warn("{}: did not finish within {} s", component, grace.toSeconds());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                component + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Called once everything is flushed and closed. */
    public void finished() {
        done.countDown();
    }
}
