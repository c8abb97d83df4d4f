package io.kafkapipeline.common.testing;

import mockwebserver3.MockResponse;

/**
 * Mastodon's rate-limit answers (rack-attack: a window of 300 requests, its end as an ISO-8601 instant with 6
 * fractional digits), for the tests of the clients that read them: {@code HttpFetcher} and the social producer.
 */
public final class MastodonRateLimit {

    /** Requests in one window. */
    public static final int LIMIT = 300;

    private MastodonRateLimit() {}

    /**
     * A response with status {@code code} whose {@code X-RateLimit-*} headers say {@code remaining} of {@link #LIMIT}
     * requests are left until {@code reset}.
     */
    public static MockResponse.Builder window(int code, int remaining, String reset) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("X-RateLimit-Limit", Integer.toString(LIMIT))
                .addHeader("X-RateLimit-Remaining", Integer.toString(remaining))
                .addHeader("X-RateLimit-Reset", reset);
    }

    /** What Mastodon sends once the window is used up: 429, no request left until {@code reset}, a JSON error. */
    public static MockResponse tooManyRequests(String reset) {
        return window(429, 0, reset).body("{\"error\":\"Too many requests\"}").build();
    }
}
