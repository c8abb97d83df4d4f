package io.kafkapipeline.kafka.sink.engine;

import com.datastax.oss.common.sink.AbstractSinkRecord;
import com.datastax.oss.common.sink.AbstractSinkTask;
import io.kafkapipeline.kafka.sink.SinkVersion;

/**
 * The DataStax engine's task, used for its life cycle only: {@code start} builds the session, the prepared
 * statements and the record mappers of every table ({@code getInstanceState()}), {@code stop} closes them. Records
 * are mapped and written by {@link RecordMapping} and {@link AsyncWriter}, not by the engine's blocking
 * {@code put}, so the engine's failure and success callbacks never run.
 */
final class EngineTask extends AbstractSinkTask {

    static final String APPLICATION_NAME = "kafkapipeline-cassandra-sink";

    @Override
    protected void handleFailure(AbstractSinkRecord record, Throwable e, String cql, Runnable failCounter) {
        throw new IllegalStateException("the engine's put() is not used", e);
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
