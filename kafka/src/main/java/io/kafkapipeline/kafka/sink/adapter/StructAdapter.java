package io.kafkapipeline.kafka.sink.adapter;

import com.datastax.oss.common.sink.AbstractSchema;
import com.datastax.oss.common.sink.AbstractStruct;
import org.apache.kafka.connect.data.Struct;

/** A struct record key or value for the engine; field values are converted by {@link ConnectValues}. */
public final class StructAdapter implements AbstractStruct {

    private final Struct struct;

    public StructAdapter(Struct struct) {
        this.struct = struct;
    }

    @Override
    public Object get(String field) {
        return ConnectValues.toEngine(StructPaths.schemaAt(struct.schema(), field), StructPaths.valueAt(struct, field));
    }

    @Override
    public AbstractSchema schema() {
        return SchemaAdapter.ofRecord(struct.schema());
    }

    @Override
    public String toString() {
        return struct.toString();
    }
}
