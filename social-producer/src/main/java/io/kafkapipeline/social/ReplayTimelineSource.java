package io.kafkapipeline.social;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.social.MastodonRecordings.Recording;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the bundled recordings instead of the API, re-stamped so that every poll brings new posts: each recording
 * is an endless loop of its statuses, oldest first, and every poll serves the next {@code REPLAY_POSTS_PER_POLL} of
 * them. The n-th status served from a recording gets the time {@code start - interval + (n + 1) x interval / perPoll}
 * (start = the start time rounded down to the interval, so no post is in the future) and a new id made from that time,
 * as Mastodon makes its ids; a boost's inner post gets the same. Text, language, URL and everything else stay as
 * recorded, and the result goes through the same {@link StatusParser} as a live answer.
 */
public final class ReplayTimelineSource implements TimelineSource {
    static final String ORIGIN = "replay";

    private final Map<Timeline, List<JsonNode>> recordings = new HashMap<>();
    private final List<Timeline> timelines = new ArrayList<>();
    private final Map<Timeline, Long> served = new HashMap<>();
    private final int perPoll;
    private final long intervalMillis;
    private final long startMillis;

    public ReplayTimelineSource(List<Recording> bundled, int perPoll, Duration interval, Clock clock) {
        for (Recording recording : bundled) {
            timelines.add(recording.timeline());
            recordings.put(recording.timeline(), chronological(recording));
        }
        this.perPoll = perPoll;
        this.intervalMillis = Math.max(1_000, interval.toMillis());
        long now = clock.millis();
        this.startMillis = now - Math.floorMod(now, intervalMillis);
    }

    private static List<JsonNode> chronological(Recording recording) {
        try {
            JsonNode root = Json.readTree(recording.body());
            List<JsonNode> statuses = new ArrayList<>();
            root.forEach(statuses::add);
            statuses.sort(Comparator.comparing(ReplayTimelineSource::idOf, StatusIds.BY_VALUE));
            return statuses;
        } catch (MalformedDataException e) {
            throw new IllegalStateException("bundled recording " + recording.file() + " is not a list of statuses", e);
        }
    }

    private static String idOf(JsonNode status) {
        try {
            return StatusIds.of(status, "");
        } catch (MalformedDataException e) {
            throw new IllegalStateException("bundled status without an id: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Timeline> timelines() {
        return List.copyOf(timelines);
    }

    @Override
    public synchronized TimelinePage fetch(Timeline timeline, String minId) {
        List<JsonNode> statuses = recordings.get(timeline);
        if (statuses == null || statuses.isEmpty()) {
            return TimelinePage.empty(ORIGIN);
        }
        long first = served.getOrDefault(timeline, 0L);
        List<JsonNode> page = new ArrayList<>();
        String newest = null;
        for (long n = first; n < first + perPoll; n++) {
            ObjectNode status = statuses.get((int) (n % statuses.size())).deepCopy();
            Instant created = Instant.ofEpochMilli(startMillis - intervalMillis + (n + 1) * intervalMillis / perPoll);
            String id = Long.toString((created.toEpochMilli() << 16) | (n & 0xFFFF));
            restamp(status, id, created);
            if (status.path("reblog").isObject()) {
                restamp((ObjectNode) status.get("reblog"), id, created);
            }
            page.add(0, status);
            newest = id;
        }
        served.put(timeline, first + perPoll);
        return new TimelinePage(page, Optional.of(newest), ORIGIN);
    }

    private static void restamp(ObjectNode status, String id, Instant created) {
        status.put("id", id);
        status.put("created_at", created.toString());
    }

    @Override
    public String describe() {
        return "replay of recorded timelines (" + MastodonRecordings.locations() + "), " + perPoll
                + " posts each per poll, re-stamped";
    }
}
