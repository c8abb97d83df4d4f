package io.kafkapipeline.spacex;

import io.kafkapipeline.common.contract.SpacexLaunch;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers the last record sent per launch id, so a poll only re-sends launches that changed. */
public final class ChangeTracker {
    private final Map<String, SpacexLaunch> lastSent = new ConcurrentHashMap<>();

    /** True (and remembered) when the record differs from the last one sent for its id. */
    public boolean claim(SpacexLaunch launch) {
        SpacexLaunch previous = lastSent.put(launch.launchId(), launch);
        return !launch.equals(previous);
    }

    /** The send failed: forget it so the next poll sends it again. */
    public void forget(SpacexLaunch launch) {
        lastSent.remove(launch.launchId(), launch);
    }

    public int size() {
        return lastSent.size();
    }
}
