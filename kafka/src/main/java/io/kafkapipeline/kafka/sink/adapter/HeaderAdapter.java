package io.kafkapipeline.kafka.sink.adapter;

import com.datastax.oss.common.sink.AbstractSchema;
import com.datastax.oss.common.sink.AbstractSinkRecordHeader;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Values;
import org.apache.kafka.connect.header.Header;

/**
 * A Connect header for the engine (mapped with {@code col=header.name}). A header without a schema gets one
 * inferred from its value, falling back to text.
 */
final class HeaderAdapter implements AbstractSinkRecordHeader {

    private final String key;
    private final Schema schema;
    private final Object value;

    HeaderAdapter(Header header) {
        this.key = header.key();
        Schema declared = header.schema() != null ? header.schema() : Values.inferSchema(header.value());
        if (declared == null && header.value() != null) {
            this.schema = Schema.OPTIONAL_STRING_SCHEMA;
            this.value = Values.convertToString(null, header.value());
        } else {
            this.schema = declared == null ? Schema.OPTIONAL_STRING_SCHEMA : declared;
            this.value = header.value();
        }
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Object value() {
        return ConnectValues.toEngine(schema, value);
    }

    @Override
    public AbstractSchema schema() {
        return SchemaAdapter.of(schema);
    }
}
