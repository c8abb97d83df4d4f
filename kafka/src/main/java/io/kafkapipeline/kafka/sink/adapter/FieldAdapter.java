package io.kafkapipeline.kafka.sink.adapter;

import com.datastax.oss.common.sink.AbstractField;
import com.datastax.oss.common.sink.AbstractSchema;

/** A struct field (or dotted path to a nested one) for the engine. */
record FieldAdapter(String name, AbstractSchema schema) implements AbstractField {}
