package io.kafkapipeline.social;

import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.source.LiveOrReplay;
import io.kafkapipeline.common.source.SourceException;
import java.util.List;

/**
 * {@code SOURCE=auto}: the live API until it has answered once; if it is unreachable before that, the recordings for
 * the rest of the run (said once, at WARN), with their own timelines.
 */
public final class FallbackTimelineSource implements TimelineSource {
    private final TimelineSource replay;
    private final LiveOrReplay<TimelineSource> sources;

    public FallbackTimelineSource(TimelineSource live, TimelineSource replay) {
        this.replay = replay;
        this.sources = new LiveOrReplay<>(live, replay, TimelineSource::describe);
    }

    @Override
    public List<Timeline> timelines() {
        return sources.current().timelines();
    }

    @Override
    public TimelinePage fetch(Timeline timeline, String minId)
            throws SourceException, MalformedDataException, InterruptedException {
        if (sources.replaying()) {
            return replay.timelines().contains(timeline)
                    ? replay.fetch(timeline, minId)
                    : TimelinePage.empty(ReplayTimelineSource.ORIGIN);
        }
        // Switched: the live timelines have no replay pages; SocialPoller goes on with the recordings' own.
        return sources.call(
                source -> source.fetch(timeline, minId), replay -> TimelinePage.empty(ReplayTimelineSource.ORIGIN));
    }

    public boolean replaying() {
        return sources.replaying();
    }

    @Override
    public String describe() {
        return sources.describe();
    }
}
