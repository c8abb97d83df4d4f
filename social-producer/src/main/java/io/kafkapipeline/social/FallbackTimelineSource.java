package io.kafkapipeline.social;

import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.source.SourceException;
import io.kafkapipeline.common.source.SourceUnreachableException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code SOURCE=auto}: the live API until it has answered once; if it is unreachable before that, the recordings for
 * the rest of the run (said once, at WARN), with their own timelines.
 */
public final class FallbackTimelineSource implements TimelineSource {
    private static final Logger log = LoggerFactory.getLogger(FallbackTimelineSource.class);

    private final TimelineSource live;
    private final TimelineSource replay;
    private volatile TimelineSource current;
    private volatile boolean liveConfirmed;

    public FallbackTimelineSource(TimelineSource live, TimelineSource replay) {
        this.live = live;
        this.replay = replay;
        this.current = live;
    }

    @Override
    public List<Timeline> timelines() {
        return current.timelines();
    }

    @Override
    public TimelinePage fetch(Timeline timeline, String minId)
            throws SourceException, MalformedDataException, InterruptedException {
        TimelineSource source = current;
        if (source == replay) {
            return replay.timelines().contains(timeline)
                    ? replay.fetch(timeline, minId)
                    : TimelinePage.empty(ReplayTimelineSource.ORIGIN);
        }
        if (liveConfirmed) {
            return live.fetch(timeline, minId);
        }
        try {
            TimelinePage page = live.fetch(timeline, minId);
            liveConfirmed = true;
            return page;
        } catch (SourceUnreachableException e) {
            current = replay;
            log.warn(
                    "Live API unreachable ({}); SOURCE=auto switches to {} for the rest of this run",
                    e.getMessage(),
                    replay.describe());
            return TimelinePage.empty(ReplayTimelineSource.ORIGIN);
        } catch (SourceException | MalformedDataException e) {
            liveConfirmed = true;
            throw e;
        }
    }

    public boolean replaying() {
        return current == replay;
    }

    @Override
    public String describe() {
        return live.describe() + " (SOURCE=auto: " + replay.describe() + " if unreachable)";
    }
}
