package io.kafkapipeline.kafka.sink.adapter;

import com.datastax.oss.common.sink.AbstractField;
import com.datastax.oss.common.sink.AbstractSchema;

/** A struct field (or dotted path to a nested one) for the engine. */
final class FieldAdapter implements AbstractField {

    private final String name;
    private final AbstractSchema schema;

    FieldAdapter(String name, AbstractSchema schema) {
        this.name = name;
        this.schema = schema;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public AbstractSchema schema() {
        return schema;
    }
}
