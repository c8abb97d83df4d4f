package io.kafkapipeline.kafka.sink.adapter;

import com.datastax.oss.common.sink.AbstractSinkRecord;
import com.datastax.oss.common.sink.AbstractSinkRecordHeader;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * A Connect sink record for the engine. Keeps the original so failures can be reported against it (dead-letter
 * queue). Key and value are converted on each call, in the engine's mapping threads.
 */
public final class SinkRecordAdapter implements AbstractSinkRecord {

    private final SinkRecord record;

    public SinkRecordAdapter(SinkRecord record) {
        this.record = record;
    }

    /** The Connect record this adapter wraps. */
    public SinkRecord original() {
        return record;
    }

    @Override
    public Iterable<AbstractSinkRecordHeader> headers() {
        List<AbstractSinkRecordHeader> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(new HeaderAdapter(header));
        }
        return headers;
    }

    @Override
    public Object key() {
        return ConnectValues.recordToEngine(record.keySchema(), record.key());
    }

    @Override
    public Object value() {
        return ConnectValues.recordToEngine(record.valueSchema(), record.value());
    }

    @Override
    public Long timestamp() {
        return record.timestamp();
    }

    @Override
    public String topic() {
        return record.topic();
    }

    @Override
    public String toString() {
        return record.topic() + "-" + record.kafkaPartition() + "@" + record.kafkaOffset();
    }
}
