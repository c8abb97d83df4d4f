package io.kafkapipeline.spacex;

import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.kafka.RecordPublisher;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers the last record sent per launch id, so a poll only re-sends launches that changed. */
public final class ChangeTracker {
    private final Map<String, SpacexLaunch> lastSent = new ConcurrentHashMap<>();

    /** True (and remembered) when the record differs from the last one sent for its id. */
    private boolean claim(SpacexLaunch launch) {
        SpacexLaunch previous = lastSent.put(launch.launchId(), launch);
        return !launch.equals(previous);
    }

    /** The send failed: forget it so the next poll sends it again. */
    private void forget(SpacexLaunch launch) {
        lastSent.remove(launch.launchId(), launch);
    }

    /**
     * Sends the record when it differs from the last one sent for its id; a failed send is forgotten, so the next
     * poll sends it again. True when it was sent.
     */
    public boolean publishIfChanged(SpacexLaunch launch, RecordPublisher publisher) {
        if (!claim(launch)) {
            return false;
        }
        publisher.publish(launch).whenComplete((ok, error) -> {
            if (error != null) {
                forget(launch);
            }
        });
        return true;
    }

    public int size() {
        return lastSent.size();
    }
}
