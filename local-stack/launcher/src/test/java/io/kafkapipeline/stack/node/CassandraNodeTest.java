package io.kafkapipeline.stack.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CassandraNodeTest {

    @Test
    void initialHeapIsHalfTheMaximum() {
        assertThat(CassandraNode.halfOf("1g")).isEqualTo("512m");
        assertThat(CassandraNode.halfOf("768m")).isEqualTo("384m");
        assertThat(CassandraNode.halfOf("2G")).isEqualTo("1024m");
        assertThat(CassandraNode.halfOf("64m")).isEqualTo("64m");
    }

    @Test
    void commitlogModesWriteTheirYamlLines() {
        assertThat(CassandraNode.commitlogSettings("periodic")).contains("commitlog_sync: periodic", "commitlog_sync_period: 10000ms");
        assertThat(CassandraNode.commitlogSettings("group")).contains("commitlog_sync: group", "commitlog_sync_group_window: 15ms")
                .doesNotContain("commitlog_sync_period");
        assertThat(CassandraNode.commitlogSettings("batch")).isEqualTo("commitlog_sync: batch");
    }
}
