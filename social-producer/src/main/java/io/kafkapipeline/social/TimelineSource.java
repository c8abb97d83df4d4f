package io.kafkapipeline.social;

import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.source.SourceException;
import java.util.List;

/** Where statuses come from: Mastodon's API ({@link LiveTimelineSource}) or bundled recordings (replay). */
public interface TimelineSource {

    /** The timelines this source reads, polled in this order. */
    List<Timeline> timelines();

    /**
     * The statuses of a timeline newer than {@code minId} (null: the newest page).
     *
     * @throws MalformedDataException when the answer is not a list of statuses
     */
    TimelinePage fetch(Timeline timeline, String minId)
            throws SourceException, MalformedDataException, InterruptedException;

    /** For the start-up line. */
    String describe();
}
