package io.kafkapipeline.kafka.sink;

import com.datastax.oss.common.sink.config.CassandraSinkConfig;
import com.datastax.oss.common.sink.config.CassandraSinkConfig.IgnoreErrorsPolicy;
import io.kafkapipeline.kafka.sink.config.EngineProps;
import io.kafkapipeline.kafka.sink.config.PipelineSinkConfig;
import io.kafkapipeline.kafka.sink.engine.BatchResult;
import io.kafkapipeline.kafka.sink.engine.BatchWriter;
import io.kafkapipeline.kafka.sink.engine.CassandraEngine;
import io.kafkapipeline.kafka.sink.engine.CassandraUnavailableException;
import io.kafkapipeline.kafka.sink.engine.Failure;
import io.kafkapipeline.kafka.sink.engine.SinkEngine;
import io.kafkapipeline.kafka.sink.errors.Causes;
import io.kafkapipeline.kafka.sink.errors.FailureRouter;
import io.kafkapipeline.kafka.sink.retry.RedeliveryFilter;
import io.kafkapipeline.kafka.sink.retry.RetryState;
import io.kafkapipeline.kafka.sink.retry.SessionRecycler;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each batch through the DataStax engine and then sorts out what failed: bad records go to the errant
 * record reporter (dead-letter queue) or follow {@code ignoreErrors}; records that failed because Cassandra was
 * unavailable make the batch retriable ({@link RetriableException} after {@code context.timeout(backoff)}), and the
 * worker hands the same batch back until Cassandra answers.
 */
public class CassandraSinkTask extends SinkTask {

    private static final Logger log = LoggerFactory.getLogger(CassandraSinkTask.class);

    private final Function<Map<String, String>, SinkEngine> engineFactory;
    private final LongSupplier clockMs;
    private final RedeliveryFilter redelivery = new RedeliveryFilter();
    private SinkEngine engine;
    private BatchWriter writer;
    private FailureRouter router;
    private RetryState retry;
    private SessionRecycler recycler;

    public CassandraSinkTask() {
        this(CassandraEngine::new, System::currentTimeMillis);
    }

    /* visible for testing */ CassandraSinkTask(
            Function<Map<String, String>, SinkEngine> engineFactory, LongSupplier clockMs) {
        this.engineFactory = engineFactory;
        this.clockMs = clockMs;
    }

    @Override
    public void start(Map<String, String> props) {
        PipelineSinkConfig config = new PipelineSinkConfig(props);
        Map<String, String> engineProps = EngineProps.forTask(props, config);
        router = new FailureRouter(errantRecordReporter(), ignoreErrors(engineProps));
        retry = new RetryState(config.retryPolicy());
        recycler = new SessionRecycler(config.sessionRestartMs(), clockMs);
        engine = engineFactory.apply(engineProps);
        writer = new BatchWriter(engine);
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
        List<SinkRecord> pending = redelivery.pending(records);
        if (pending.isEmpty()) {
            batchCompleted();
            return;
        }
        BatchResult result;
        try {
            engine.ensureStarted();
            result = writer.write(pending);
        } catch (CassandraUnavailableException e) {
            throw retryLater(e.getCause(), pending.size());
        }
        redelivery.markDone(result.done());
        router.route(result.recordFailures());
        if (retry.failures() > 0 && !result.done().isEmpty()) {
            log.info(
                    "Cassandra answers again after {} failed attempts; {} pending records handled",
                    retry.failures(),
                    result.done().size());
        }
        if (result.hasTransientFailures()) {
            if (recycler.shouldRestart(engine.anyNodeUp())) {
                engine.restart();
            }
            List<Failure> failures = result.transientFailures();
            throw retryLater(
                    failures.get(0).cause(), pending.size() - result.done().size());
        }
        batchCompleted();
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        redelivery.clear();
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

    /** The batch is written or reported: the next failure starts a new retry sequence. */
    private void batchCompleted() {
        retry.onSuccess();
        recycler.onSuccess();
        redelivery.clear();
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
