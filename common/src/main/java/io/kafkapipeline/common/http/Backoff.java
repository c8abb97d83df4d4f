package io.kafkapipeline.common.http;

import java.time.Duration;
import java.util.Random;

/** Exponential backoff with "equal jitter": step n waits between 50 % and 100 % of min(max, initial * 2^(n-1)). */
public final class Backoff {
    private final long initialMillis;
    private final long maxMillis;
    private final Random random;

    public Backoff(Duration initial, Duration max, Random random) {
        this.initialMillis = Math.max(1, initial.toMillis());
        this.maxMillis = Math.max(initialMillis, max.toMillis());
        this.random = random;
    }

    /** Delay before retry number {@code retry} (1-based). */
    public Duration delay(int retry) {
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long step = Math.min(maxMillis, initialMillis << shift);
        long half = step / 2;
        long jitter = half == 0 ? 0 : (long) (random.nextDouble() * (step - half + 1));
        return Duration.ofMillis(half + jitter);
    }
}
