package io.kafkapipeline.bench.data;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.kafkapipeline.bench.stats.Stopwatch;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Waits until a table holds the expected rows: polls (cheaply, by primary key) for the last record of each partition,
 * then counts the table page by page to check that every row is there.
 */
public final class RowWaiter {

    private final CqlSession session;
    private final Shape shape;
    private final PreparedStatement byKey;

    public RowWaiter(CqlSession session, Shape shape) {
        this.session = session;
        this.shape = shape;
        this.byKey = session.prepare(shape.selectByKeyCql());
    }

    /** Milliseconds (from {@code clock}'s start) when the table first holds a row; polls every 20 ms. */
    public double awaitFirstRow(Stopwatch clock, Duration timeout, Supplier<String> diagnosis) {
        while (session.execute("SELECT " + shape.columns().get(0) + " FROM " + shape.table() + " LIMIT 1")
                        .one()
                == null) {
            check(clock, timeout, diagnosis, "no row of " + shape.table() + " arrived");
            sleep(20);
        }
        return clock.millis();
    }

    /**
     * Waits for every one of {@code lastKeys} (the last record of each partition), then checks with a paged count that
     * all {@code expected} rows are there, waiting longer if not; returns the seconds on {@code clock} at the end.
     */
    public double awaitAll(
            List<BenchRecord> lastKeys, long expected, Stopwatch clock, Duration timeout, Supplier<String> diagnosis) {
        for (BenchRecord r : lastKeys) {
            while (!exists(r)) {
                check(clock, timeout, diagnosis, "the last records did not arrive in " + shape.table());
                sleep(20);
            }
        }
        double end = clock.seconds();
        long count = count();
        while (count < expected) {
            check(clock, timeout, diagnosis, count + " of " + expected + " rows in " + shape.table());
            sleep(200);
            count = count();
            end = clock.seconds();
        }
        return end;
    }

    /** The rows of the table, counted page by page (a server-side COUNT(*) of 200k rows times out under load). */
    public long count() {
        long rows = 0;
        for (Row ignored : session.execute(
                SimpleStatement.newInstance("SELECT " + shape.columns().get(0) + " FROM " + shape.table())
                        .setPageSize(5000)
                        .setTimeout(Duration.ofSeconds(60)))) {
            rows++;
        }
        return rows;
    }

    public boolean exists(BenchRecord r) {
        return session.execute(byKey.bind(shape.keyOf(r))).one() != null;
    }

    private static void check(Stopwatch clock, Duration timeout, Supplier<String> diagnosis, String what) {
        if (clock.seconds() > timeout.toSeconds()) {
            throw new IllegalStateException(
                    "timed out after " + timeout.toSeconds() + " s: " + what + ". " + diagnosis.get());
        }
    }

    /** Sleeps; an interrupt ends the benchmark with an IllegalStateException. */
    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
