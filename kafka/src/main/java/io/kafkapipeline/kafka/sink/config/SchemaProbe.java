package io.kafkapipeline.kafka.sink.config;

import java.util.Map;

/** Checks a statically valid config against the live Cassandra schema. */
@FunctionalInterface
public interface SchemaProbe {

    /** Attaches an error to the key of every mapping whose keyspace, table or columns do not exist. */
    void check(Map<String, String> props, ValidationErrors errors);
}
