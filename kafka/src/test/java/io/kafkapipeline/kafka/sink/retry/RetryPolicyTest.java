package io.kafkapipeline.kafka.sink.retry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void backoffDoublesUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(2_000, 10_000, -1);

        assertThat(policy.backoffAfter(1)).isEqualTo(2_000);
        assertThat(policy.backoffAfter(2)).isEqualTo(4_000);
        assertThat(policy.backoffAfter(3)).isEqualTo(8_000);
        assertThat(policy.backoffAfter(4)).isEqualTo(10_000);
        assertThat(policy.backoffAfter(1_000_000)).isEqualTo(10_000);
    }

    @Test
    void capBelowTheFirstBackoffKeepsTheFirst() {
        assertThat(new RetryPolicy(2_000, 500, -1).backoffAfter(3)).isEqualTo(2_000);
        assertThat(new RetryPolicy(0, 500, -1).backoffAfter(3)).isZero();
    }

    @Test
    void negativeMaxAttemptsRetriesForever() {
        assertThat(new RetryPolicy(1, 1, -1).allowsRetryAfter(Integer.MAX_VALUE))
                .isTrue();
    }

    @Test
    void maxAttemptsCountsFailedAttempts() {
        RetryPolicy policy = new RetryPolicy(1, 1, 3);

        assertThat(policy.allowsRetryAfter(2)).isTrue();
        assertThat(policy.allowsRetryAfter(3)).isFalse();
    }
}
