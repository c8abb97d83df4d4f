package io.kafkapipeline.kafka.sink.retry;

/**
 * How long to wait between attempts while Cassandra is unavailable: {@code backoffMs}, doubling per consecutive
 * failure up to {@code maxBackoffMs}; at most {@code maxAttempts} consecutive failures, or forever when negative.
 */
public record RetryPolicy(long backoffMs, long maxBackoffMs, int maxAttempts) {

    public RetryPolicy {
        if (backoffMs < 0 || maxBackoffMs < 0) {
            throw new IllegalArgumentException("Backoff must not be negative");
        }
    }

    /** The wait after the {@code failures}-th consecutive failure (1-based). */
    public long backoffAfter(int failures) {
        long backoff = backoffMs;
        for (int i = 1; i < failures && backoff > 0 && backoff < maxBackoffMs; i++) {
            backoff *= 2;
        }
        return Math.min(backoff, Math.max(backoffMs, maxBackoffMs));
    }

    /** Whether another attempt is allowed after {@code failures} consecutive failures. */
    public boolean allowsRetryAfter(int failures) {
        return maxAttempts < 0 || failures < maxAttempts;
    }
}
