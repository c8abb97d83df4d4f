package io.kafkapipeline.kafka.sink.retry;

import java.util.OptionalLong;

/** Counts consecutive failed attempts of one task; reset by a successful batch. */
public final class RetryState {

    private final RetryPolicy policy;
    private int failures;

    public RetryState(RetryPolicy policy) {
        this.policy = policy;
    }

    /** Records a failed attempt; returns the wait before the next one, or empty when the policy gives up. */
    public OptionalLong onFailure() {
        failures++;
        return policy.allowsRetryAfter(failures)
                ? OptionalLong.of(policy.backoffAfter(failures))
                : OptionalLong.empty();
    }

    public void onSuccess() {
        failures = 0;
    }

    /** Consecutive failed attempts so far. */
    public int failures() {
        return failures;
    }
}
