package io.kafkapipeline.kafka.sink.engine;

import com.datastax.oss.common.sink.AbstractSinkTask;
import com.datastax.oss.common.sink.state.InstanceState;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import io.kafkapipeline.kafka.sink.config.PipelineSinkConfig;
import io.kafkapipeline.kafka.sink.errors.ErrorClassifier;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DataStax engine for one Connect task, started lazily and restartable.
 *
 * <p>Each Connect task gets its own engine instance name (see {@code EngineProps}), so its session is not shared
 * with other tasks and can be dropped and rebuilt on its own.
 */
public final class CassandraEngine implements SinkEngine {

    private static final Logger log = LoggerFactory.getLogger(CassandraEngine.class);

    private final Map<String, String> props;
    private final EngineTask task = new EngineTask();
    private boolean started;
    private RecordMapping mapping;
    private AsyncWriter writer;

    /** @param props the engine settings (DataStax keys), see {@code EngineProps} */
    public CassandraEngine(Map<String, String> props) {
        this.props = new HashMap<>(props);
    }

    @Override
    public void ensureStarted() {
        if (started) {
            return;
        }
        Optional<String> unreachable = ContactPoints.noneReachable(props);
        if (unreachable.isPresent()) {
            throw new CassandraUnavailableException(new java.net.ConnectException(unreachable.get()));
        }
        try {
            task.start(props);
        } catch (RuntimeException e) {
            if (ErrorClassifier.isTransient(e)) {
                throw new CassandraUnavailableException(e);
            }
            throw new ConnectException("Cannot start the Cassandra sink: " + e.getMessage(), e);
        }
        InstanceState state = task.getInstanceState();
        mapping = new RecordMapping(state);
        writer = new AsyncWriter(
                statement -> state.getSession().executeAsync(statement),
                state.getRequestBarrier(),
                state.getMaxNumberOfRecordsInBatch(),
                new PipelineSinkConfig(props).batchAcrossPartitions(),
                (write, cause) -> {
                    if (cause == null) {
                        state.incrementRecordCounter(write.topic(), write.table(), 1);
                    } else {
                        state.incrementFailedCounter(write.topic(), write.table());
                    }
                });
        started = true;
        log.info("Cassandra session ready for sink instance {}", props.get("name"));
    }

    @Override
    public void submit(Collection<SinkRecord> records, Consumer<Outcome> outcomes) {
        if (!started) {
            throw new IllegalStateException("The Cassandra engine is not started");
        }
        List<TableWrite> writes = new ArrayList<>(records.size());
        for (SinkRecord record : records) {
            mapping.map(record, outcomes, writes::add);
        }
        writer.write(writes);
    }

    @Override
    public boolean anyNodeUp() {
        return started
                && task.getInstanceState().getSession().getMetadata().getNodes().values().stream()
                        .anyMatch(node -> node.getState() == NodeState.UP);
    }

    @Override
    public void restart() {
        if (!started) {
            return;
        }
        started = false;
        mapping = null;
        writer = null;
        InstanceState state = task.getInstanceState();
        task.stop();
        shutdown(state.getMappingExecutor());
        log.info("Closed the Cassandra session of sink instance {}", props.get("name"));
    }

    @Override
    public void close() {
        restart();
        stopStatementThread();
    }

    private static void shutdown(Executor executor) {
        if (executor instanceof ExecutorService) {
            ((ExecutorService) executor).shutdown();
        }
    }

    /** The engine never stops its statement thread; without this every task restart in a worker leaks one. */
    private void stopStatementThread() {
        try {
            Field field = AbstractSinkTask.class.getDeclaredField("boundStatementProcessorService");
            field.setAccessible(true);
            shutdown((Executor) field.get(task));
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("Could not stop the engine's statement thread", e);
        }
    }
}
