package io.kafkapipeline.kafka.sink.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups statements as the engine does: those of one topic and table with the same partition key go together, at
 * most {@code maxNumberOfRecordsInBatch} per group (one group is one Cassandra request: a single statement, or an
 * unlogged batch, which Cassandra applies as one mutation of that partition). Across partition keys (an opt-in)
 * statements of one topic and table go together whatever their key. Groups keep the order in which their first
 * statement came.
 */
final class StatementGroups {

    private StatementGroups() {}

    static List<List<TableWrite>> of(List<TableWrite> writes, int maxPerGroup, boolean acrossPartitions) {
        if (maxPerGroup < 1) {
            throw new IllegalArgumentException("maxNumberOfRecordsInBatch must be at least 1, was " + maxPerGroup);
        }
        Map<Key, List<TableWrite>> open = new LinkedHashMap<>();
        List<List<TableWrite>> groups = new ArrayList<>();
        for (TableWrite write : writes) {
            Key key = new Key(write.topic(), write.table(), acrossPartitions ? null : write.routingKey());
            List<TableWrite> group = open.get(key);
            if (group == null) {
                group = new ArrayList<>();
                open.put(key, group);
                groups.add(group);
            } else if (group.size() == maxPerGroup) {
                group = new ArrayList<>();
                open.put(key, group);
                groups.add(group);
            }
            group.add(write);
        }
        return groups;
    }

    private record Key(String topic, String table, ByteBuffer routingKey) {}
}
