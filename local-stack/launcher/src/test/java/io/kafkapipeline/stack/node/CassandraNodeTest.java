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
    void commitlogModesAreSystemPropertiesOverCassandrasPeriodicDefault() {
        assertThat(CassandraNode.commitlogOptions("periodic")).isEmpty();
        assertThat(CassandraNode.commitlogOptions("group"))
                .containsExactly(
                        "-Dcassandra.config.allow_system_properties=true", "-Dcassandra.settings.commitlog_sync=group",
                        "-Dcassandra.settings.commitlog_sync_group_window=2ms",
                                "-Dcassandra.settings.commitlog_sync_period=0ms");
        assertThat(CassandraNode.commitlogOptions("batch"))
                .contains(
                        "-Dcassandra.settings.commitlog_sync=batch", "-Dcassandra.settings.commitlog_sync_period=0ms");
    }
}
