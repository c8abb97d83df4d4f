package io.kafkapipeline.kafka.sink.retry;

import java.util.function.LongSupplier;

/**
 * Decides when a session that sees no Cassandra node has to be rebuilt instead of waiting for the driver to
 * reconnect, e.g. because the Cassandra host came back under a new address.
 */
public final class SessionRecycler {

    private final long restartAfterMs;
    private final LongSupplier clockMs;
    private long downSinceMs = -1;

    /**
     * @param restartAfterMs how long no node may be up before the session is rebuilt; 0 rebuilds at once
     * @param clockMs the current time in milliseconds
     */
    public SessionRecycler(long restartAfterMs, LongSupplier clockMs) {
        this.restartAfterMs = restartAfterMs;
        this.clockMs = clockMs;
    }

    /** Called after a failed attempt; true when the session should be dropped and built again. */
    public boolean shouldRestart(boolean anyNodeUp) {
        if (anyNodeUp) {
            downSinceMs = -1;
            return false;
        }
        long now = clockMs.getAsLong();
        if (downSinceMs < 0) {
            downSinceMs = now;
        }
        if (now - downSinceMs >= restartAfterMs) {
            downSinceMs = -1;
            return true;
        }
        return false;
    }

    public void onSuccess() {
        downSinceMs = -1;
    }
}
