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
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/** The baselines: the same rows written straight to Cassandra with the Java driver, without Kafka. */
public final class DirectWriter {

    private final CqlSession session;

    public DirectWriter(CqlSession session) {
        this.session = session;
    }

    /**
     * Baseline A: one async prepared INSERT per row (idempotent, LOCAL_QUORUM as the sink), at most
     * {@code concurrency} in flight. Returns the seconds until every write is acknowledged.
     */
    public double asyncPrepared(Shape shape, List<BenchRecord> records, int concurrency) {
        Tables.truncate(session, shape);
        PreparedStatement insert = session.prepare(shape.insertCql());
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Stopwatch clock = Stopwatch.start();
        for (BenchRecord r : records) {
            if (failure.get() != null) {
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
        }
        inFlight.acquireUninterruptibly(concurrency);
        double seconds = clock.seconds();
        if (failure.get() != null) {
            throw new IllegalStateException("direct async write failed: " + failure.get(), failure.get());
        }
        return seconds;
    }

    /** Baseline B, the seed's method: synchronous LOGGED batches of {@code batchSize} rows at QUORUM. */
    public double syncLoggedBatches(Shape shape, List<BenchRecord> records, int batchSize) {
        Tables.truncate(session, shape);
        PreparedStatement insert = session.prepare(shape.insertCql());
        Stopwatch clock = Stopwatch.start();
        for (int from = 0; from < records.size(); from += batchSize) {
            BatchStatementBuilder batch =
                    BatchStatement.builder(BatchType.LOGGED).setConsistencyLevel(ConsistencyLevel.QUORUM);
            for (BenchRecord r : records.subList(from, Math.min(records.size(), from + batchSize))) {
                batch.addStatement(insert.bind(r.values().toArray()));
            }
            session.execute(batch.build());
        }
        return clock.seconds();
    }
}
