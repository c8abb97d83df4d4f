package io.kafkapipeline.kafka.sink.engine;

import com.datastax.oss.common.sink.AbstractSinkRecord;
import com.datastax.oss.common.sink.AbstractSinkTask;
import io.kafkapipeline.kafka.sink.SinkVersion;
import io.kafkapipeline.kafka.sink.adapter.SinkRecordAdapter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The DataStax engine's task: maps records, writes them (blocking until the batch is done) and reports every
 * record's fate into the {@link BatchOutcome} of the running {@link #write} call.
 */
final class EngineTask extends AbstractSinkTask {

    static final String APPLICATION_NAME = "kafkapipeline-cassandra-sink";

    private volatile BatchOutcome current;

    /** Writes the records; returns when the engine has an answer for each. Not re-entrant. */
    BatchOutcome write(Collection<SinkRecord> records) {
        List<AbstractSinkRecord> adapted = new ArrayList<>(records.size());
        records.forEach(r -> adapted.add(new SinkRecordAdapter(r)));
        BatchOutcome outcome = new BatchOutcome();
        current = outcome;
        try {
            put(adapted);
        } finally {
            current = null;
        }
        return outcome;
    }

    @Override
    protected void handleFailure(AbstractSinkRecord record, Throwable e, String cql, Runnable failCounter) {
        failCounter.run();
        current.failed(((SinkRecordAdapter) record).original(), e, cql);
    }

    @Override
    protected void handleSuccess(AbstractSinkRecord record) {
        current.succeeded(((SinkRecordAdapter) record).original());
    }

    @Override
    public String version() {
        return SinkVersion.get();
    }

    @Override
    public String applicationName() {
        return APPLICATION_NAME;
    }
}
