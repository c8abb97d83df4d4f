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
}
