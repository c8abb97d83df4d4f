package io.kafkapipeline.spacex;

import io.kafkapipeline.common.http.HttpFetcher;
import io.kafkapipeline.common.http.HttpReply;
import io.kafkapipeline.common.source.BodySource;
import io.kafkapipeline.common.source.SourceException;
import java.net.URI;
import okhttp3.HttpUrl;

/** GET {@code <base><path>} of the SpaceX API; a non-2xx answer is a {@link SourceException}. */
public final class LiveSpacexSource implements BodySource {
    private final HttpFetcher fetcher;
    private final HttpUrl base;

    public LiveSpacexSource(HttpFetcher fetcher, URI baseUrl) {
        this.fetcher = fetcher;
        this.base = HttpUrl.get(baseUrl.toString());
    }

    @Override
    public String fetch(String path) throws SourceException, InterruptedException {
        HttpUrl url = base.newBuilder().addPathSegments(path.substring(1)).build();
        HttpReply reply = fetcher.get(url);
        if (!reply.ok()) {
            throw new SourceException(
                    reply.status(),
                    "GET " + fetcher.redactor().redact(url.toString()) + " returned HTTP " + reply.status());
        }
        return reply.body();
    }

    @Override
    public String describe() {
        return "live API " + base;
    }
}
