package io.kafkapipeline.kafka.sink.retry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryStateTest {

    @Test
    void consecutiveFailuresBackOffLongerUntilASuccess() {
        RetryState state = new RetryState(new RetryPolicy(100, 1_000, -1));

        assertThat(state.onFailure()).hasValue(100);
        assertThat(state.onFailure()).hasValue(200);
        state.onSuccess();
        assertThat(state.onFailure()).hasValue(100);
        assertThat(state.failures()).isEqualTo(1);
    }

    @Test
    void givesUpAfterMaxAttempts() {
        RetryState state = new RetryState(new RetryPolicy(100, 1_000, 2));

        assertThat(state.onFailure()).hasValue(100);
        assertThat(state.onFailure()).isEmpty();
    }
}
