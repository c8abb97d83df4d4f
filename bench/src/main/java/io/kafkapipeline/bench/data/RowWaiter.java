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
        double last = awaitLast(lastKeys, clock, timeout, diagnosis);
        return Math.max(last, awaitCount(expected, clock, timeout, diagnosis));
    }

    /** Waits until every one of {@code lastKeys} is readable; returns the seconds on {@code clock} then. */
    public double awaitLast(List<BenchRecord> lastKeys, Stopwatch clock, Duration timeout, Supplier<String> diagnosis) {
        for (BenchRecord r : lastKeys) {
            while (!exists(r)) {
                check(clock, timeout, diagnosis, "the last records did not arrive in " + shape.table());
                sleep(20);
            }
        }
        return clock.seconds();
    }

    /**
     * Counts the table until it holds {@code expected} rows; returns 0 when the first count has them all, else the
     * seconds on {@code clock} when a count first did (writes still in flight when the last record landed).
     */
    public double awaitCount(long expected, Stopwatch clock, Duration timeout, Supplier<String> diagnosis) {
        long count = count();
        double end = 0;
        while (count < expected) {
            check(clock, timeout, diagnosis, count + " of " + expected + " rows in " + shape.table());
            sleep(200);
            count = count();
            end = clock.seconds();
        }
        return end;
    }

    /**
     * How far the writing of {@code records} (in topic order) has come: the number of leading records written,
     * found by a binary search of single-row reads. Writes in flight land out of order, so the answer is exact to
     * within the writes in flight (hundreds of rows), which is all it needs to be for a rate over many thousands.
     *
     * @param from a count known to be written already (0 when nothing is known)
     */
    public int frontier(List<BenchRecord> records, int from) {
        int lo = from; // records.get(lo - 1) written (or lo == 0)
        int hi = records.size(); // records.get(hi) not written (or hi == size)
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (exists(records.get(mid))) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
