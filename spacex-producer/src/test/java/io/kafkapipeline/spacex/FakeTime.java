package io.kafkapipeline.spacex;

import io.kafkapipeline.common.runtime.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/** A clock that only moves when someone sleeps on it: every wait returns at once, is recorded and advances time. */
final class FakeTime implements Sleeper, LongSupplier {
    private static final long START = 1_000_000_000_000L;

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private volatile long nanos = START;

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        nanos += Math.max(0, duration.toNanos());
    }

    @Override
    public long getAsLong() {
        return nanos;
    }

    /** Time slept since the start. */
    Duration elapsed() {
        return Duration.ofNanos(nanos - START);
    }

    List<Duration> sleeps() {
        return sleeps;
    }
}
