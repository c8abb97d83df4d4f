package io.kafkapipeline.spacex;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake Launch Library 2 for MockWebServer: pages per feed ({@code .../upcoming/}, {@code .../previous/}), the
 * {@code offset} query parameter numbering them 0, 1, 2 ... and each page's {@code next} pointing at the following
 * one. A fault hook may answer a request instead; every request is recorded with the fake time it arrived at.
 */
final class Ll2Server extends Dispatcher {
    enum Feed {
        UPCOMING,
        PREVIOUS
    }

    /** A request as the server saw it: feed, page number, the time on the test's fake clock, the key header. */
    record Call(Feed feed, int page, java.time.Duration at, String authorization) {}

    private final Map<Feed, List<String>> pages = new EnumMap<>(Feed.class);
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Supplier<java.time.Duration> clock;
    private volatile Function<Call, MockResponse> fault = call -> null;

    Ll2Server(Supplier<java.time.Duration> clock) {
        this.clock = clock;
        pages.put(Feed.UPCOMING, List.of(Ll2Bodies.empty()));
        pages.put(Feed.PREVIOUS, List.of(Ll2Bodies.empty()));
    }

    /** The bodies of a feed's pages, in order (their own {@code next} is replaced). */
    Ll2Server pages(Feed feed, String... bodies) {
        pages.put(feed, List.of(bodies));
        return this;
    }

    /** Answers the calls for which {@code fault} returns a response; null = the page. */
    Ll2Server fault(Function<Call, MockResponse> fault) {
        this.fault = fault;
        return this;
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        List<String> segments = request.getUrl().pathSegments();
        String name = segments.size() < 2 ? "" : segments.get(segments.size() - 2);
        Feed feed = name.equals("upcoming") ? Feed.UPCOMING : name.equals("previous") ? Feed.PREVIOUS : null;
        if (feed == null) {
            return new MockResponse.Builder()
                    .code(404)
                    .body("{\"detail\":\"Not found.\"}")
                    .build();
        }
        String offset = request.getUrl().queryParameter("offset");
        int page = offset == null ? 0 : Integer.parseInt(offset);
        Call call = new Call(feed, page, clock.get(), request.getHeaders().get("Authorization"));
        calls.add(call);
        MockResponse faulty = fault.apply(call);
        if (faulty != null) {
            return faulty;
        }
        List<String> bodies = pages.get(feed);
        try {
            ObjectNode body = (ObjectNode) Json.readTree(bodies.get(page));
            body.put(
                    "next",
                    page + 1 < bodies.size()
                            ? request.getUrl()
                                    .newBuilder()
                                    .setQueryParameter("offset", Integer.toString(page + 1))
                                    .build()
                                    .toString()
                            : null);
            return new MockResponse.Builder().code(200).body(Json.write(body)).build();
        } catch (MalformedDataException e) {
            throw new IllegalStateException(e);
        }
    }
}
