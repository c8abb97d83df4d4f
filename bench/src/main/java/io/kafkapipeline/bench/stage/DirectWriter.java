package io.kafkapipeline.bench.stage;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BatchType;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.kafkapipeline.bench.data.BenchRecord;
import io.kafkapipeline.bench.data.Shape;
import io.kafkapipeline.bench.stats.Stopwatch;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/** The baselines: the same rows written straight to Cassandra with the Java driver, without Kafka. */
public final class DirectWriter {

    private final CqlSession session;

    public DirectWriter(CqlSession session) {
        this.session = session;
    }

    /** Rows written and the seconds it took until every write was acknowledged. */
    public record Written(int rows, double seconds) {
        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    /**
     * Baseline A: one async prepared INSERT per row (idempotent, LOCAL_QUORUM as the sink), at most
     * {@code concurrency} in flight, records in order until {@code window} has passed (or they run out).
     */
    public Written asyncPrepared(Shape shape, List<BenchRecord> records, int concurrency, Duration window) {
        Tables.truncate(session, shape);
        PreparedStatement insert = session.prepare(shape.insertCql());
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        double limit = window.toMillis() / 1000.0;
        Stopwatch clock = Stopwatch.start();
        int rows = 0;
        for (BenchRecord r : records) {
            if (failure.get() != null || clock.seconds() >= limit) {
                break;
            }
            inFlight.acquireUninterruptibly();
            BoundStatement stmt = insert.bind(r.values().toArray())
                    .setIdempotent(true)
                    .setConsistencyLevel(ConsistencyLevel.LOCAL_QUORUM);
            session.executeAsync(stmt).whenComplete((rs, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
                inFlight.release();
            });
            rows++;
        }
        inFlight.acquireUninterruptibly(concurrency);
        double seconds = clock.seconds();
        if (failure.get() != null) {
            throw new IllegalStateException("direct async write failed: " + failure.get(), failure.get());
        }
        return new Written(rows, seconds);
    }

    /**
     * Baseline B, the seed's method: synchronous LOGGED batches of {@code batchSize} rows at QUORUM, until
     * {@code window} has passed (or the records run out).
     */
    public Written syncLoggedBatches(Shape shape, List<BenchRecord> records, int batchSize, Duration window) {
        Tables.truncate(session, shape);
        PreparedStatement insert = session.prepare(shape.insertCql());
        double limit = window.toMillis() / 1000.0;
        Stopwatch clock = Stopwatch.start();
        int rows = 0;
        for (int from = 0; from < records.size() && clock.seconds() < limit; from += batchSize) {
            BatchStatementBuilder batch =
                    BatchStatement.builder(BatchType.LOGGED).setConsistencyLevel(ConsistencyLevel.QUORUM);
            List<BenchRecord> slice = records.subList(from, Math.min(records.size(), from + batchSize));
            for (BenchRecord r : slice) {
                batch.addStatement(insert.bind(r.values().toArray()));
            }
            session.execute(batch.build());
            rows += slice.size();
        }
        return new Written(rows, clock.seconds());
    }
}
