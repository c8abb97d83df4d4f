package io.kafkapipeline.social;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.http.HttpFetcher;
import io.kafkapipeline.common.http.HttpReply;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.source.FatalSourceException;
import io.kafkapipeline.common.source.SourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * Mastodon's REST API: {@code GET /api/v1/timelines/tag/:tag} and {@code /api/v1/timelines/public} ({@code local=true}
 * for the local one). The first poll of a timeline reads its newest page; later polls ask for what came after the
 * newest post seen ({@code min_id}) and follow the {@code Link rel="prev"} pages to newer posts, up to
 * {@code MASTODON_MAX_PAGES}, so nothing between two polls is missed. Links to another host are not followed. Each
 * instance's {@code X-RateLimit-*} window is respected ({@link RateLimits}).
 */
public final class LiveTimelineSource implements TimelineSource {
    static final String ORIGIN = "live";

    private final HttpFetcher fetcher;
    private final List<Timeline> timelines;
    private final int limit;
    private final int maxPages;
    private final String tokenInstance;
    private final RateLimits rateLimits;

    /**
     * @param tokenInstance the instance that gets MASTODON_TOKEN ({@link Timeline#instance()}), or null without one
     */
    LiveTimelineSource(
            HttpFetcher fetcher,
            List<Timeline> timelines,
            int limit,
            int maxPages,
            String tokenInstance,
            RateLimits rateLimits) {
        this.fetcher = fetcher;
        this.timelines = List.copyOf(timelines);
        this.limit = limit;
        this.maxPages = maxPages;
        this.tokenInstance = tokenInstance;
        this.rateLimits = rateLimits;
    }

    @Override
    public List<Timeline> timelines() {
        return timelines;
    }

    @Override
    public TimelinePage fetch(Timeline timeline, String minId)
            throws SourceException, MalformedDataException, InterruptedException {
        HttpUrl url = firstUrl(timeline, minId);
        List<JsonNode> statuses = new ArrayList<>();
        String newest = minId;
        int pages = minId == null ? 1 : maxPages;
        for (int page = 1; page <= pages && url != null; page++) {
            rateLimits.beforeRequest(timeline.instance());
            HttpReply reply = fetcher.get(url);
            rateLimits.afterReply(timeline.instance(), reply);
            if (!reply.ok()) {
                throw failure(timeline, reply);
            }
            List<JsonNode> batch = statuses(timeline, reply.body());
            for (JsonNode status : batch) {
                try {
                    newest = StatusIds.newer(newest, StatusIds.of(status, ""));
                } catch (MalformedDataException e) {
                    // a status without a usable id: the poller reports it when it reads the page
                }
            }
            statuses.addAll(0, batch);
            url = batch.size() < limit ? null : next(timeline, url, reply.header("Link"));
        }
        return new TimelinePage(statuses, Optional.ofNullable(newest).filter(id -> !id.equals(minId)), ORIGIN);
    }

    HttpUrl firstUrl(Timeline timeline, String minId) {
        HttpUrl.Builder url = HttpUrl.get(timeline.base().toString()).newBuilder();
        switch (timeline.kind()) {
            case TAG -> url.addPathSegments("api/v1/timelines/tag").addPathSegment(timeline.name());
            case PUBLIC -> url.addPathSegments("api/v1/timelines/public");
            case LOCAL -> url.addPathSegments("api/v1/timelines/public").addQueryParameter("local", "true");
            case ACCOUNT -> throw new IllegalArgumentException("account timelines are replay only");
        }
        url.addQueryParameter("limit", Integer.toString(limit));
        if (minId != null) {
            url.addQueryParameter("min_id", minId);
        }
        return url.build();
    }

    /** The {@code rel="prev"} link (newer posts) when it stays on the instance; else null. */
    private static HttpUrl next(Timeline timeline, HttpUrl current, String link) {
        return LinkHeader.url(link, "prev")
                .map(HttpUrl::parse)
                .filter(u -> u.host().equalsIgnoreCase(current.host()) && u.port() == current.port())
                .orElse(null);
    }

    private static List<JsonNode> statuses(Timeline timeline, String body) throws MalformedDataException {
        JsonNode root;
        try {
            root = Json.readTree(body);
        } catch (MalformedDataException e) {
            throw new MalformedDataException(timeline + ": " + e.getMessage());
        }
        if (!root.isArray()) {
            throw new MalformedDataException(timeline + ": expected a JSON array of statuses, found "
                    + root.getNodeType().name().toLowerCase());
        }
        List<JsonNode> statuses = new ArrayList<>();
        root.forEach(statuses::add);
        return statuses;
    }

    private SourceException failure(Timeline timeline, HttpReply reply) {
        int status = reply.status();
        String detail = fetcher.redactor().redact(apiError(reply.body()));
        if ((status == 401 || status == 403) && timeline.instance().equals(tokenInstance)) {
            return new FatalSourceException(
                    status,
                    timeline.instance() + " rejected MASTODON_TOKEN (HTTP " + status + detail + "): set a valid"
                            + " MASTODON_TOKEN (or MASTODON_TOKEN_FILE), or unset it");
        }
        if (status == 401 || status == 422) {
            return new SourceException(
                    status,
                    timeline + ": the instance does not serve this timeline without signing in (HTTP " + status
                            + detail + "); set MASTODON_TOKEN for it (first instance only) or drop it from"
                            + " MASTODON_BASE_URL");
        }
        if (status == 404) {
            return new SourceException(404, timeline + ": not found (HTTP 404" + detail + ")");
        }
        return new SourceException(status, timeline + ": HTTP " + status + detail);
    }

    /** The {@code error} of a Mastodon error body ({@code {"error":"..."}}), if there is one. */
    private static String apiError(String body) {
        try {
            JsonNode error = Json.readTree(body).path("error");
            if (error.isTextual()) {
                String text = error.textValue();
                return ": " + (text.length() > 160 ? text.substring(0, 160) + "..." : text);
            }
        } catch (MalformedDataException e) {
            // not JSON; the status says enough
        }
        return "";
    }

    @Override
    public String describe() {
        return "live API, timelines "
                + timelines.stream().map(Timeline::location).collect(Collectors.joining(", "));
    }
}
