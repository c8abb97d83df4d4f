package io.kafkapipeline.common.runtime;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waiting, as a seam: tests pass a recording sleeper, the runtime one that wakes on shutdown. */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = d -> TimeUnit.NANOSECONDS.sleep(Math.max(0, d.toNanos()));

    /** Waits; throws {@link InterruptedException} if the wait was cut short by shutdown. */
    void sleep(Duration duration) throws InterruptedException;
}
