package io.kafkapipeline.kafka.sink.engine;

import com.datastax.oss.driver.api.core.cql.BatchableStatement;
import java.nio.ByteBuffer;

/**
 * One record's statement for one table.
 *
 * @param write the record it belongs to
 * @param topic the record's topic
 * @param table keyspace.table
 * @param statement the bound INSERT/UPDATE/DELETE, with the table's consistency level
 * @param cql its query text, for failure reports
 */
record TableWrite(RecordWrite write, String topic, String table, BatchableStatement<?> statement, String cql) {

    /** The partition key the driver routes by; statements of one table with the same key may share a batch. */
    ByteBuffer routingKey() {
        return statement.getRoutingKey();
    }

    void answered(Throwable cause) {
        write.answered(cause, cql);
    }
}
