package io.kafkapipeline.kafka.sink.adapter;

import com.datastax.oss.common.sink.AbstractField;
import com.datastax.oss.common.sink.AbstractSchema;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Schema;

/** A Connect schema as the engine sees it; the types come from {@link ConnectTypes}. */
public final class SchemaAdapter implements AbstractSchema {

    private final Schema schema;
    private final boolean record;

    private SchemaAdapter(Schema schema, boolean record) {
        this.schema = schema;
        this.record = record;
    }

    /** The schema of a whole record key or value. */
    public static SchemaAdapter ofRecord(Schema schema) {
        return new SchemaAdapter(schema, true);
    }

    /** The schema of a field, header or collection element. */
    public static SchemaAdapter of(Schema schema) {
        return new SchemaAdapter(schema, false);
    }

    @Override
    public Type type() {
        return ConnectTypes.engineType(schema, record);
    }

    @Override
    public AbstractSchema valueSchema() {
        Type type = type();
        return type == Type.ARRAY || type == Type.MAP ? of(schema.valueSchema()) : null;
    }

    @Override
    public AbstractSchema keySchema() {
        return type() == Type.MAP ? of(schema.keySchema()) : null;
    }

    @Override
    public List<? extends AbstractField> fields() {
        if (type() != Type.STRUCT) {
            return List.of();
        }
        return StructPaths.allPaths(schema).stream().map(this::field).collect(Collectors.toList());
    }

    @Override
    public AbstractField field(String name) {
        if (type() != Type.STRUCT) {
            return null;
        }
        Schema fieldSchema = StructPaths.schemaAt(schema, name);
        return fieldSchema == null ? null : new FieldAdapter(name, of(fieldSchema));
    }

    @Override
    public String toString() {
        return type() + (schema.name() == null ? "" : "(" + schema.name() + ")");
    }
}
