package io.kafkapipeline.social;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.contract.SocialPost;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.kafka.RecordPublisher;
import io.kafkapipeline.common.runtime.PollLoop;
import io.kafkapipeline.common.runtime.ProgressLog;
import io.kafkapipeline.common.source.FatalSourceException;
import io.kafkapipeline.common.source.SourceException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll: every timeline is asked for the posts after the newest one it gave before, and each post is published
 * (oldest first) to the topic. A failing timeline is logged (one WARN line; one that needs sign-in or is not found only
 * the first time) and skipped, the others go on; unreadable statuses are skipped with one WARN line per timeline and
 * poll. Only a rejected MASTODON_TOKEN ends the run. A post already published (a boost of it, or the same post after a
 * restart of the cursor) is not published again while it is among the last {@value #REMEMBERED} posts.
 */
public final class SocialPoller implements PollLoop.Cycle {
    private static final Logger log = LoggerFactory.getLogger(SocialPoller.class);

    static final int REMEMBERED = 10_000;

    private final TimelineSource source;
    private final RecordPublisher publisher;
    private final ProgressLog progress;
    private final StatusParser parser = new StatusParser();
    private final Map<Timeline, String> newest = new HashMap<>();
    private final Set<Timeline> quietFailures = new HashSet<>();
    private final Set<String> published = java.util.Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    public SocialPoller(TimelineSource source, RecordPublisher publisher, ProgressLog progress) {
        this.source = source;
        this.publisher = publisher;
        this.progress = progress;
    }

    /**
     * Polls every timeline of the source. When the source changes its timelines during the poll (SOURCE=auto
     * switching from an unreachable live API to the recordings), the new ones not yet polled are polled too, so the
     * first posts do not wait for the next poll.
     */
    @Override
    public void run() throws FatalSourceException, InterruptedException {
        List<Timeline> polled = source.timelines();
        for (Timeline timeline : polled) {
            poll(timeline);
        }
        for (Timeline timeline : source.timelines()) {
            if (!polled.contains(timeline)) {
                poll(timeline);
            }
        }
    }

    private void poll(Timeline timeline) throws FatalSourceException, InterruptedException {
        TimelinePage page;
        try {
            page = source.fetch(timeline, newest.get(timeline));
        } catch (FatalSourceException e) {
            throw e;
        } catch (SourceException e) {
            progress.recordFailed(e.getMessage());
            boolean lastingProblem = e.status() == 401 || e.status() == 404 || e.status() == 422;
            if (!lastingProblem) {
                log.warn("Skipping {} this poll: {}", timeline, e.getMessage());
            } else if (quietFailures.add(timeline)) {
                log.warn("Skipping {}: {}; the other timelines continue (logged once)", timeline, e.getMessage());
            }
            return;
        } catch (MalformedDataException e) {
            progress.recordFailed("malformed page: " + e.getMessage());
            log.warn("Skipping a malformed page of {}: {}", timeline, e.getMessage());
            return;
        }
        quietFailures.remove(timeline);
        progress.recordFetched(page.statuses().size());
        publish(timeline, page);
        page.newestId().ifPresent(id -> newest.merge(timeline, id, StatusIds::newer));
    }

    private void publish(Timeline timeline, TimelinePage page) {
        List<JsonNode> statuses = page.statuses();
        int unreadable = 0;
        String firstProblem = null;
        for (int i = statuses.size() - 1; i >= 0; i--) {
            SocialPost post;
            try {
                post = parser.parse(statuses.get(i), timeline.location(), page.origin());
            } catch (MalformedDataException e) {
                progress.recordFailed("unreadable status of " + timeline + ": " + e.getMessage());
                unreadable++;
                firstProblem = firstProblem == null ? e.getMessage() : firstProblem;
                continue;
            }
            if (published.add(post.key())) {
                log.debug("Publishing {}", post);
                publisher.publish(post.key(), post.toJson());
            }
        }
        if (unreadable > 0) {
            log.warn(
                    "Skipped {} unreadable status(es) of {} (the others are published): {}",
                    unreadable,
                    timeline,
                    firstProblem);
        }
    }
}
