package io.kafkapipeline.kafka.sink.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void oneLineWithTheSimpleClassName() {
        assertThat(Causes.oneLine(new IllegalStateException("first\n  second")))
                .isEqualTo("IllegalStateException: first second");
        assertThat(Causes.oneLine(new IllegalStateException())).isEqualTo("IllegalStateException");
    }

    @Test
    void longMessagesAreCut() {
        assertThat(Causes.oneLine(new RuntimeException("x".repeat(1_000))))
                .hasSize(403)
                .endsWith("...");
    }
}
