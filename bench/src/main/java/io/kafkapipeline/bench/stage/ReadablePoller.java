package io.kafkapipeline.bench.stage;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Polls sampled rows by primary key (async, every 2 ms) until each is readable, and records the time from its send
 * to the answer that found it. At most {@link #MAX_READS_IN_FLIGHT} reads are in flight, oldest samples first: when
 * rows are late, many samples are pending, and polling each of them every 2 ms would flood Cassandra with reads, slow
 * the sink's writes and make the rows later still.
 */
final class ReadablePoller implements AutoCloseable {

    private final CqlSession session;
    private final PreparedStatement byKey;
    private final Queue<Sample> pending = new ConcurrentLinkedQueue<>();
    private final List<Double> latenciesMs = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private final Semaphore reads = new Semaphore(MAX_READS_IN_FLIGHT);
    private volatile boolean running = true;

    static final int MAX_READS_IN_FLIGHT = 16;

    private static final class Sample {
        final Object[] key;
        final long sentNanos;
        final AtomicBoolean inFlight = new AtomicBoolean();

        Sample(Object[] key, long sentNanos) {
            this.key = key;
            this.sentNanos = sentNanos;
        }
    }

    ReadablePoller(CqlSession session, String selectByKeyCql) {
        this.session = session;
        this.byKey = session.prepare(selectByKeyCql);
        this.thread = new Thread(this::loop, "readable-poller");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void track(Object[] key, long sentNanos) {
        pending.add(new Sample(key, sentNanos));
    }

    int pending() {
        return pending.size();
    }

    List<Double> latenciesMs() {
        return List.copyOf(latenciesMs);
    }

    private void loop() {
        while (running) {
            for (Sample s : pending) {
                if (!reads.tryAcquire()) {
                    break;
                }
                if (s.inFlight.compareAndSet(false, true)) {
                    session.executeAsync(byKey.bind(s.key)).whenComplete((rs, error) -> {
                        if (error == null && rs.one() != null) {
                            latenciesMs.add((System.nanoTime() - s.sentNanos) / 1e6);
                            pending.remove(s);
                        } else {
                            s.inFlight.set(false);
                        }
                        reads.release();
                    });
                } else {
                    reads.release();
                }
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
