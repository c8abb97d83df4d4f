package io.kafkapipeline.common.runtime;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces calls to a rate ({@link #acquire()} blocks until the next slot). Short waits (< 1 ms) are
 * not slept, so high rates run in small bursts while the average stays on target. With catch-up,
 * a caller that fell behind may run up to one second of slots at once; without, it never exceeds
 * the rate (used for API quotas). An API that says "not before N seconds" (a 429's Retry-After)
 * holds the pacer ({@link #holdFor}); a call that never reached the server gives its slot back
 * ({@link #release}).
 */
public final class Pacer {
    private static final long MIN_SLEEP_NANOS = 1_000_000L;
    private static final long MAX_CATCH_UP_NANOS = 1_000_000_000L;

    private final long intervalNanos;
    private final boolean catchUp;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long next;
    private boolean started;

    public Pacer(double perSecond, boolean catchUp, LongSupplier nanoTime, Sleeper sleeper) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be > 0");
        }
        this.intervalNanos = Math.max(1L, (long) (1_000_000_000L / perSecond));
        this.catchUp = catchUp;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    public static Pacer perSecond(double rate, boolean catchUp, Sleeper sleeper) {
        return new Pacer(rate, catchUp, System::nanoTime, sleeper);
    }

    public void acquire() throws InterruptedException {
        long now = nanoTime.getAsLong();
        if (!started) {
            started = true;
            next = now;
        }
        long wait = next - now;
        if (wait >= MIN_SLEEP_NANOS || (!catchUp && wait > 0)) {
            sleeper.sleep(Duration.ofNanos(wait));
        } else if (wait < 0 && (!catchUp || -wait > MAX_CATCH_UP_NANOS)) {
            next = now;
        }
        next += intervalNanos;
    }

    /** The next {@link #acquire()} returns no earlier than {@code wait} from now (and keeps the spacing after it). */
    public void holdFor(Duration wait) {
        long until = nanoTime.getAsLong() + Math.max(0, wait.toNanos());
        if (!started) {
            started = true;
            next = until;
        } else {
            next = Math.max(next, until);
        }
    }

    /** Gives back the slot of the last {@link #acquire()}: the call it paced never reached the server. */
    public void release() {
        if (started) {
            next -= intervalNanos;
        }
    }
}
