package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.stack.BenchStack;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polls tables from the moment the schema exists and notes when each first holds a row (ms since stack start). */
final class FirstRows {

    private static final Logger log = LoggerFactory.getLogger(FirstRows.class);

    private final BenchStack stack;
    private final List<String> tables;
    private final Map<String, Double> firstRowMs = new ConcurrentHashMap<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean stopped;

    FirstRows(BenchStack stack, List<String> tables) {
        this.stack = stack;
        this.tables = tables;
    }

    /** Starts polling in a daemon thread. */
    void start() {
        Thread t = new Thread(this::poll, "first-rows");
        t.setDaemon(true);
        t.start();
    }

    /** Waits until every table has a row, or the timeout; returns what was seen. */
    Map<String, Double> await(Duration timeout) throws InterruptedException {
        done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        stopped = true;
        return Map.copyOf(firstRowMs);
    }

    private void poll() {
        try {
            while (!stopped && firstRowMs.size() < tables.size()) {
                for (String table : tables) {
                    if (!firstRowMs.containsKey(table)
                            && stack.session()
                                            .execute("SELECT * FROM " + table + " LIMIT 1")
                                            .one()
                                    != null) {
                        firstRowMs.put(table, stack.msSinceStart());
                    }
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("first-row poll stopped: {}", e.toString());
        } finally {
            done.countDown();
        }
    }
}
