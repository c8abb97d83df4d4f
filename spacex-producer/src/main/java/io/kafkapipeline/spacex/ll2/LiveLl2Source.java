package io.kafkapipeline.spacex.ll2;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.http.HttpFetcher;
import io.kafkapipeline.common.http.HttpReply;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.source.BodySource;
import io.kafkapipeline.common.source.FatalSourceException;
import io.kafkapipeline.common.source.SourceException;
import okhttp3.HttpUrl;

/**
 * GET of a Launch Library 2 page URL (a first page or a {@code next} link, already on {@code LL2_BASE_URL}'s host).
 * The fetcher is paced by the request budget and carries the API key, if any. A key the API rejects (401/403) stops
 * the producer; any other non-2xx answer is a {@link SourceException} with the API's {@code detail}.
 */
public final class LiveLl2Source implements BodySource {
    private final HttpFetcher fetcher;
    private final Ll2Api api;
    private final boolean withKey;

    public LiveLl2Source(HttpFetcher fetcher, Ll2Api api, boolean withKey) {
        this.fetcher = fetcher;
        this.api = api;
        this.withKey = withKey;
    }

    @Override
    public String fetch(String pageUrl) throws SourceException, InterruptedException {
        HttpUrl url = HttpUrl.parse(pageUrl);
        if (url == null) {
            throw new SourceException(0, "not a URL: " + fetcher.redactor().redact(pageUrl));
        }
        HttpReply reply = fetcher.get(url);
        if (reply.ok()) {
            return reply.body();
        }
        String detail = detail(reply.body());
        if (withKey && (reply.status() == 401 || reply.status() == 403)) {
            throw new FatalSourceException(
                    reply.status(),
                    "Launch Library 2 rejected LL2_API_KEY (HTTP " + reply.status() + detail + "): set a valid key"
                            + " (or LL2_API_KEY_FILE), or unset it to call anonymously");
        }
        throw new SourceException(
                reply.status(),
                "GET " + fetcher.redactor().redact(url.toString()) + " returned HTTP " + reply.status() + detail);
    }

    /** {@code ": <detail>"} of a DRF error body, if there is one. */
    private String detail(String body) {
        try {
            JsonNode detail = Json.readTree(body).path("detail");
            if (detail.isTextual()) {
                String text = detail.textValue();
                return ": " + fetcher.redactor().redact(text.length() > 160 ? text.substring(0, 160) + "..." : text);
            }
        } catch (MalformedDataException e) {
            // not JSON; the status says enough
        }
        return "";
    }

    @Override
    public String describe() {
        return "live Launch Library 2 API " + api + (withKey ? " (with LL2_API_KEY)" : " (anonymous)");
    }
}
