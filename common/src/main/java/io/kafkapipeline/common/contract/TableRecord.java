package io.kafkapipeline.common.contract;

import io.kafkapipeline.common.json.Json;

/** A record whose JSON field names are the columns of one Cassandra table. */
public interface TableRecord {

    /** The Kafka record key: the table's primary key as a plain string. */
    String key();

    /** The JSON value sent to Kafka. */
    default String toJson() {
        return Json.write(this);
    }
}
