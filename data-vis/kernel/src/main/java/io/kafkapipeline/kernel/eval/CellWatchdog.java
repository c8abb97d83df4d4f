package io.kafkapipeline.kernel.eval;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stops a running cell on an interrupt request or when it exceeds the per-cell timeout.
 *
 * <p>Stopping is JShell's {@code stop()} (passed in as {@code stopper}): it reaches the snippet only while user code
 * runs, so once a stop is requested it is repeated every {@value #REPEAT_MS} ms until the cell ends (a request that
 * lands while a snippet compiles takes effect when it starts running). The cell learns why it was stopped from
 * {@link #throwIfStopped()}.
 */
final class CellWatchdog implements AutoCloseable {

    static final long REPEAT_MS = 200;

    private enum Reason {
        TIMEOUT,
        INTERRUPT
    }

    private final Runnable stopper;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kernel-cell-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Reason> reason = new AtomicReference<>();
    private volatile Duration timeout;
    private volatile boolean running;
    private ScheduledFuture<?> deadline;
    private ScheduledFuture<?> repeater;

    CellWatchdog(Duration timeout, Runnable stopper) {
        this.timeout = timeout;
        this.stopper = stopper;
    }

    Duration timeout() {
        return timeout;
    }

    /** The per-cell limit from the next cell on; {@link Duration#ZERO}: none. */
    void timeout(Duration timeout) {
        this.timeout = timeout;
    }

    synchronized void cellStarted() {
        reason.set(null);
        running = true;
        Duration limit = timeout;
        if (!limit.isZero()) {
            deadline = timer.schedule(() -> requestStop(Reason.TIMEOUT), limit.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    synchronized void cellEnded() {
        running = false;
        cancel(deadline);
        cancel(repeater);
        deadline = null;
        repeater = null;
    }

    /** An interrupt request: stops the running cell; none running: nothing to do. */
    void interrupt() {
        requestStop(Reason.INTERRUPT);
    }

    /** Fails the cell if a stop was requested. */
    void throwIfStopped() throws CellException {
        Reason why = reason.get();
        if (why == Reason.TIMEOUT) {
            throw CellException.of(
                    "CellTimeoutException",
                    "the cell ran longer than " + timeout.toSeconds() + " s and was stopped"
                            + " (KERNEL_CELL_TIMEOUT_SECONDS, or %timeout SECONDS in the notebook)");
        }
        if (why == Reason.INTERRUPT) {
            throw CellException.of("CellInterruptedException", "the cell was interrupted");
        }
    }

    private synchronized void requestStop(Reason why) {
        if (!running || !reason.compareAndSet(null, why)) {
            return;
        }
        repeater = timer.scheduleWithFixedDelay(stopper, 0, REPEAT_MS, TimeUnit.MILLISECONDS);
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
