package io.kafkapipeline.consumers.loop;

import java.time.Duration;
import java.util.function.LongSupplier;

/** Counts of one run and the rates of the summary lines: per interval, and over the whole run at the end. */
final class ConsumerStats {

    private final LongSupplier nanoTime;
    private final long startNanos;
    private long valid;
    private long invalid;
    private long windowStartNanos;
    private long windowStartTotal;

    ConsumerStats(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        this.windowStartNanos = startNanos;
    }

    void valid() {
        valid++;
    }

    void invalid() {
        invalid++;
    }

    long validCount() {
        return valid;
    }

    long invalidCount() {
        return invalid;
    }

    long total() {
        return valid + invalid;
    }

    /** Whether a periodic summary is due; never when the interval is zero. */
    boolean summaryDue(Duration interval) {
        return !interval.isZero() && nanoTime.getAsLong() - windowStartNanos >= interval.toNanos();
    }

    /** Records per second since the last call (or the start), then starts a new interval. */
    double takeIntervalRate() {
        long now = nanoTime.getAsLong();
        double rate = rate(total() - windowStartTotal, now - windowStartNanos);
        windowStartNanos = now;
        windowStartTotal = total();
        return rate;
    }

    /** Records per second over the whole run. */
    double overallRate() {
        return rate(total(), nanoTime.getAsLong() - startNanos);
    }

    private static double rate(long records, long nanos) {
        return nanos <= 0 ? 0.0 : records * 1e9 / nanos;
    }
}
