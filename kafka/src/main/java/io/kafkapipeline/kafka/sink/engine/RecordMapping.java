package io.kafkapipeline.kafka.sink.engine;

import com.datastax.oss.common.sink.AbstractSinkRecordHeader;
import com.datastax.oss.common.sink.ConfigException;
import com.datastax.oss.common.sink.RecordMapper;
import com.datastax.oss.common.sink.config.TableConfig;
import com.datastax.oss.common.sink.config.TopicConfig;
import com.datastax.oss.common.sink.record.HeadersDataMetadata;
import com.datastax.oss.common.sink.record.KeyValueRecord;
import com.datastax.oss.common.sink.record.KeyValueRecordMetadata;
import com.datastax.oss.common.sink.state.InstanceState;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import io.kafkapipeline.kafka.sink.adapter.EngineData;
import io.kafkapipeline.kafka.sink.adapter.SinkRecordAdapter;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Maps a Connect record to one bound statement per table of its topic, through the engine's own record mappers
 * (codecs, {@code nullToUnset}, TTL and timestamp columns, deletes, custom queries), as the engine's
 * {@code mapAndQueueRecord} does, with the key and value made by {@link EngineData}. Table names and mappers are
 * looked up once per table, not per record. Used from the task's thread only.
 */
final class RecordMapping {

    private final InstanceState state;
    private final Map<TableConfig, RecordMapper> mappers = new IdentityHashMap<>();
    private final Map<TableConfig, String> names = new IdentityHashMap<>();

    RecordMapping(InstanceState state) {
        this.state = state;
    }

    /**
     * Maps the record: every statement goes to {@code statements}; a table the record does not map to is answered
     * at once on its {@link RecordWrite} (so a record that maps nowhere gets its outcome here).
     */
    void map(SinkRecord record, Consumer<Outcome> outcomes, Consumer<TableWrite> statements) {
        TopicConfig topic = state.getTopicConfig(record.topic());
        if (topic == null) {
            state.incrementFailedWithUnknownTopicCounter();
            outcomes.accept(
                    new Outcome(record, new ConfigException("Topic " + record.topic() + " is not configured"), null));
            return;
        }
        Collection<TableConfig> tables = topic.getTableConfigs();
        RecordWrite write = new RecordWrite(record, tables.size(), outcomes);
        KeyValueRecord data = null;
        KeyValueRecordMetadata metadata = null;
        for (TableConfig table : tables) {
            String name = names.computeIfAbsent(table, TableConfig::getKeyspaceAndTable);
            try {
                if (data == null) {
                    EngineData key = EngineData.of(record.keySchema(), record.key());
                    EngineData value = EngineData.of(record.valueSchema(), record.value());
                    Iterable<AbstractSinkRecordHeader> headers = new SinkRecordAdapter(record).headers();
                    metadata = new KeyValueRecordMetadata(
                            key.metadata(), value.metadata(), new HeadersDataMetadata(headers));
                    data = new KeyValueRecord(key.data(), value.data(), record.timestamp(), headers);
                }
                BoundStatement statement = mappers.computeIfAbsent(table, state::getRecordMapper)
                        .map(metadata, data)
                        .setConsistencyLevel(table.getConsistencyLevel());
                statements.accept(new TableWrite(
                        write,
                        record.topic(),
                        name,
                        statement,
                        statement.getPreparedStatement().getQuery()));
            } catch (Exception e) {
                state.incrementFailedCounter(record.topic(), name);
                write.answered(e, null);
            }
        }
    }
}
