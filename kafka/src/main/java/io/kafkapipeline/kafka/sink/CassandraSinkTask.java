package io.kafkapipeline.kafka.sink;

import com.datastax.oss.common.sink.config.CassandraSinkConfig;
import com.datastax.oss.common.sink.config.CassandraSinkConfig.IgnoreErrorsPolicy;
import io.kafkapipeline.kafka.sink.config.EngineProps;
import io.kafkapipeline.kafka.sink.config.PipelineSinkConfig;
import io.kafkapipeline.kafka.sink.engine.CassandraEngine;
import io.kafkapipeline.kafka.sink.engine.CassandraUnavailableException;
import io.kafkapipeline.kafka.sink.engine.Failure;
import io.kafkapipeline.kafka.sink.engine.SinkEngine;
import io.kafkapipeline.kafka.sink.errors.Causes;
import io.kafkapipeline.kafka.sink.errors.FailureRouter;
import io.kafkapipeline.kafka.sink.inflight.OutcomeInbox;
import io.kafkapipeline.kafka.sink.inflight.PendingOffsets;
import io.kafkapipeline.kafka.sink.retry.RetryState;
import io.kafkapipeline.kafka.sink.retry.SessionRecycler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each poll's records to the DataStax engine and lets the writes run on while the worker fetches the next
 * poll; offsets are committed ({@link #preCommit}) only up to the first record that is not yet written or reported.
 * Bad records go to the errant record reporter (dead-letter queue) or follow {@code ignoreErrors}; records that
 * failed because Cassandra was unavailable are kept and written again after a backoff: the task calls
 * {@code context.timeout(backoff)} and throws {@link RetriableException}, the worker pauses and hands the same poll
 * back, and the task first writes the kept records again, then takes the poll's records it has not taken yet.
 *
 * <p>Everything but the arrival of outcomes ({@link OutcomeInbox}, from driver threads) runs on the task's thread.
 */
public class CassandraSinkTask extends SinkTask {

    private static final Logger log = LoggerFactory.getLogger(CassandraSinkTask.class);
    /** How long {@link #preCommit} waits for the writes in flight, so a commit (or a rebalance) covers them. */
    static final long PRE_COMMIT_WAIT_MS = 10_000L;
    /** Bound on waiting for writes that must answer (the driver's request timeout answers them well before). */
    static final long ANSWER_WAIT_MS = 600_000L;

    private final Function<Map<String, String>, SinkEngine> engineFactory;
    private final LongSupplier clockMs;
    private final long preCommitWaitMs;
    private final PendingOffsets offsets = new PendingOffsets();
    private final OutcomeInbox inbox = new OutcomeInbox();
    /** Records that failed because Cassandra was unavailable: written again before anything new. */
    private final List<SinkRecord> toRetry = new ArrayList<>();

    private SinkEngine engine;
    private FailureRouter router;
    private RetryState retry;
    private SessionRecycler recycler;
    private boolean writeAcrossPolls;
    /** The last failure that made records wait for a retry. */
    private Throwable retryCause;
    /** A retry was announced (backoff set): the next put writes {@link #toRetry} again. */
    private boolean retryAnnounced;
    /** Fatal failure found in preCommit, thrown by the next put. */
    private ConnectException fatal;

    public CassandraSinkTask() {
        this(CassandraEngine::new, System::currentTimeMillis, PRE_COMMIT_WAIT_MS);
    }

    /* visible for testing */ CassandraSinkTask(
            Function<Map<String, String>, SinkEngine> engineFactory, LongSupplier clockMs, long preCommitWaitMs) {
        this.engineFactory = engineFactory;
        this.clockMs = clockMs;
        this.preCommitWaitMs = preCommitWaitMs;
    }

    @Override
    public void start(Map<String, String> props) {
        PipelineSinkConfig config = new PipelineSinkConfig(props);
        Map<String, String> engineProps = EngineProps.forTask(props, config);
        router = new FailureRouter(errantRecordReporter(), ignoreErrors(engineProps));
        retry = new RetryState(config.retryPolicy());
        recycler = new SessionRecycler(config.sessionRestartMs(), clockMs);
        writeAcrossPolls = config.writeAcrossPolls();
        engine = engineFactory.apply(engineProps);
        log.info("Starting Cassandra sink task {} for topics {}", engineProps.get("name"), props.get("topics"));
        try {
            engine.ensureStarted();
        } catch (CassandraUnavailableException e) {
            log.warn(
                    "Cassandra is not reachable yet ({}); the task retries when records arrive",
                    Causes.oneLine(e.getCause()));
        }
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (fatal != null) {
            throw fatal;
        }
        drain(false);
        if (!toRetry.isEmpty()) {
            retryKeptRecords();
        }
        List<SinkRecord> fresh = offsets.accept(records);
        if (fresh.isEmpty()) {
            return;
        }
        try {
            engine.ensureStarted();
        } catch (CassandraUnavailableException e) {
            toRetry.addAll(fresh);
            retryCause = e.getCause();
            retryAnnounced = true;
            throw retryLater(e.getCause(), toRetry.size());
        }
        submit(fresh);
        if (!writeAcrossPolls) {
            awaitAnswers();
        }
        drain(false);
        if (!toRetry.isEmpty()) {
            announceRetry();
        }
    }

    /**
     * Waits (a bounded time) for the writes in flight, reports what failed and returns, per partition, the offset
     * before which every record is written or reported.
     */
    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        try {
            if (!inbox.awaitAll(preCommitWaitMs)) {
                log.debug("{} writes still in flight at the offset commit", inbox.unanswered());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            drain(true);
        } catch (ConnectException e) {
            fatal = e;
        }
        return offsets.safeOffsets(currentOffsets);
    }

    /** Revoked partitions: their records are someone else's now; answers still to come for them are ignored. */
    @Override
    public void close(Collection<TopicPartition> partitions) {
        offsets.forget(partitions);
        toRetry.removeIf(r -> partitions.contains(PendingOffsets.partitionOf(r)));
        if (toRetry.isEmpty()) {
            retryAnnounced = false;
        }
    }

    @Override
    public void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    @Override
    public String version() {
        return SinkVersion.get();
    }

    private void submit(List<SinkRecord> records) {
        inbox.expect(records.size());
        engine.submit(records, inbox);
    }

    /**
     * Takes the outcomes that arrived: written records are done; failed records are reported (or ignored, or fail
     * the task, see {@link FailureRouter}); records that failed because Cassandra was unavailable are kept for a
     * retry. Outcomes of records no longer pending (partition revoked) are dropped.
     *
     * @param awaitReports wait until the dead-letter queue has the reported records (in preCommit: the worker
     *     awaits the reports made before a commit, not those made during it)
     */
    private void drain(boolean awaitReports) {
        List<Failure> failures = new ArrayList<>();
        inbox.drain(outcome -> {
            SinkRecord record = outcome.record();
            if (!offsets.isPending(record)) {
                return;
            }
            if (outcome.isWritten()) {
                offsets.handled(record);
            } else if (outcome.isTransient()) {
                toRetry.add(record);
                retryCause = outcome.cause();
            } else {
                failures.add(outcome.failure());
            }
        });
        if (failures.isEmpty()) {
            return;
        }
        List<Future<Void>> reports = router.route(failures);
        if (awaitReports) {
            awaitReports(reports);
        }
        failures.forEach(f -> offsets.handled(f.record()));
    }

    /** Cassandra was unavailable for some records: waits for the rest in flight, then asks the worker for a pause. */
    private void announceRetry() {
        awaitAnswers();
        drain(false);
        maybeRestartSession();
        retryAnnounced = true;
        throw retryLater(retryCause, toRetry.size());
    }

    /** Writes the kept records again (after the worker's pause); throws again while Cassandra is unavailable. */
    private void retryKeptRecords() {
        if (!retryAnnounced) {
            announceRetry();
        }
        try {
            engine.ensureStarted();
        } catch (CassandraUnavailableException e) {
            retryCause = e.getCause();
            throw retryLater(e.getCause(), toRetry.size());
        }
        List<SinkRecord> again = new ArrayList<>(toRetry);
        toRetry.clear();
        submit(again);
        awaitAnswers();
        drain(false);
        if (!toRetry.isEmpty()) {
            maybeRestartSession();
            throw retryLater(retryCause, toRetry.size());
        }
        retryAnnounced = false;
        if (retry.failures() > 0) {
            log.info(
                    "Cassandra answers again after {} failed attempts; {} pending records handled",
                    retry.failures(),
                    again.size());
        }
        retry.onSuccess();
        recycler.onSuccess();
    }

    private void awaitAnswers() {
        try {
            if (!inbox.awaitAll(ANSWER_WAIT_MS)) {
                throw new ConnectException(inbox.unanswered() + " Cassandra writes unanswered after "
                        + ANSWER_WAIT_MS / 1000 + " s; restart the task");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while waiting for Cassandra writes", e);
        }
    }

    private void maybeRestartSession() {
        if (recycler.shouldRestart(engine.anyNodeUp())) {
            engine.restart();
        }
    }

    private static void awaitReports(List<Future<Void>> reports) {
        for (Future<Void> report : reports) {
            try {
                report.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectException("Interrupted while reporting failed records", e);
            } catch (ExecutionException e) {
                throw new ConnectException("Could not report a failed record: " + e.getCause(), e.getCause());
            }
        }
    }

    /** Sets the worker's back-off and returns the exception to throw; or fails the task once retries run out. */
    private RuntimeException retryLater(Throwable cause, int pendingRecords) {
        OptionalLong backoffMs = retry.onFailure();
        if (backoffMs.isEmpty()) {
            log.error("Cassandra still unavailable after {} attempts; failing the task", retry.failures(), cause);
            return new ConnectException(
                    "Cassandra unavailable after " + retry.failures() + " attempts (raise "
                            + PipelineSinkConfig.RETRY_MAX_ATTEMPTS_CONFIG + " or set it to -1): "
                            + Causes.oneLine(cause),
                    cause);
        }
        log.warn(
                "Cassandra unavailable: {}; retry {} in {} ms, {} records pending",
                Causes.oneLine(cause),
                retry.failures(),
                backoffMs.getAsLong(),
                pendingRecords);
        log.debug("Cassandra failure behind the retry", cause);
        context.timeout(backoffMs.getAsLong());
        // No cause: the worker logs this exception with its stack trace on every retry.
        return new RetriableException(
                "Cassandra unavailable (retry " + retry.failures() + "): " + Causes.oneLine(cause));
    }

    private ErrantRecordReporter errantRecordReporter() {
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            return null; // workers before Kafka 2.6
        }
    }

    /** Parses the DataStax settings (fails fast on an invalid one) and returns {@code ignoreErrors}. */
    private static IgnoreErrorsPolicy ignoreErrors(Map<String, String> engineProps) {
        try {
            return new CassandraSinkConfig(engineProps).getIgnoreErrors();
        } catch (RuntimeException e) {
            throw new ConnectException("Invalid Cassandra sink configuration: " + e.getMessage(), e);
        }
    }
}
