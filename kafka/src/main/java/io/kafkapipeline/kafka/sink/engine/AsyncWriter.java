package io.kafkapipeline.kafka.sink.engine;

import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.kafkapipeline.kafka.sink.errors.ErrorClassifier;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Sends groups of statements ({@link StatementGroups}) without waiting for the answers: one request per group, a
 * single statement or an unlogged batch with the consistency level of its first statement, as the engine does. At
 * most as many requests are in flight as {@code permits} allows ({@code maxConcurrentRequests}); {@link #write}
 * blocks for a free one.
 *
 * <p>Cassandra applies a batch of one partition key as a whole, so one bad statement fails all of its records with
 * the same exception. A batch that fails for another reason than availability is therefore sent again one statement
 * at a time, each after the previous one answered, on the same permit: the good records land, only the bad one
 * fails.
 */
final class AsyncWriter {

    private final Function<Statement<?>, CompletionStage<?>> execute;
    private final Semaphore permits;
    private final int maxPerBatch;
    private final boolean acrossPartitions;
    private final Counters counters;

    /** Counts each table write's answer (the engine's per-table metrics). */
    interface Counters {
        void answered(TableWrite write, Throwable cause);
    }

    /**
     * @param execute sends one request (the session's {@code executeAsync})
     * @param permits requests in flight
     * @param maxPerBatch {@code maxNumberOfRecordsInBatch}
     * @param acrossPartitions batch statements of one table whatever their partition key
     * @param counters told of every answer before the record is
     */
    AsyncWriter(
            Function<Statement<?>, CompletionStage<?>> execute,
            Semaphore permits,
            int maxPerBatch,
            boolean acrossPartitions,
            Counters counters) {
        this.execute = execute;
        this.permits = permits;
        this.maxPerBatch = maxPerBatch;
        this.acrossPartitions = acrossPartitions;
        this.counters = counters;
    }

    /** Sends every statement; answers reach each statement's {@link RecordWrite}. */
    void write(List<TableWrite> writes) {
        for (List<TableWrite> group : StatementGroups.of(writes, maxPerBatch, acrossPartitions)) {
            permits.acquireUninterruptibly();
            send(group);
        }
    }

    private void send(List<TableWrite> group) {
        Statement<?> statement = group.size() == 1 ? group.get(0).statement() : batch(group);
        execute(statement).whenComplete((result, failure) -> {
            Throwable error = unwrap(failure);
            if (error != null && group.size() > 1 && !ErrorClassifier.isTransient(error)) {
                oneByOne(group, 0);
                return;
            }
            permits.release();
            group.forEach(w -> answered(w, error));
        });
    }

    private void oneByOne(List<TableWrite> group, int index) {
        if (index == group.size()) {
            permits.release();
            return;
        }
        TableWrite write = group.get(index);
        execute(write.statement()).whenComplete((result, failure) -> {
            answered(write, unwrap(failure));
            oneByOne(group, index + 1);
        });
    }

    private void answered(TableWrite write, Throwable cause) {
        counters.answered(write, cause);
        write.answered(cause);
    }

    private CompletionStage<?> execute(Statement<?> statement) {
        try {
            return execute.apply(statement);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static BatchStatement batch(List<TableWrite> group) {
        BatchStatementBuilder builder = BatchStatement.builder(DefaultBatchType.UNLOGGED);
        group.forEach(w -> builder.addStatement(w.statement()));
        return builder.setConsistencyLevel(group.get(0).statement().getConsistencyLevel())
                .build();
    }
}
