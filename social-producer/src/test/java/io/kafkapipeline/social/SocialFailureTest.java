package io.kafkapipeline.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.SocialPost;
import io.kafkapipeline.common.runtime.PollLoop;
import io.kafkapipeline.common.testing.LogCapture;
import io.kafkapipeline.common.testing.MastodonRateLimit;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Each failure: the producer stays up (except for a rejected token), logs one line, publishes nothing wrong. */
class SocialFailureTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private String base() {
        return server.url("/").toString();
    }

    private static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    @Test
    void aRejectedTokenIsFatalWithOneClearLineNamingTheVariable() {
        server.enqueue(new MockResponse.Builder()
                .code(401)
                .addHeader("WWW-Authenticate", "Bearer realm=\"Doorkeeper\", error=\"invalid_token\"")
                .body(SocialHarness.ERROR_401)
                .build());
        SocialHarness social = SocialHarness.live(base(), "spacex,weather", "MASTODON_TOKEN", SocialHarness.TOKEN);
        try (LogCapture logs = LogCapture.start()) {
            int code = social.runtime.pollLoop().run(social.poller, Duration.ofSeconds(60), false);
            assertThat(code).isEqualTo(PollLoop.EXIT_FATAL);
            assertThat(logs.lines("ERROR"))
                    .singleElement()
                    .asString()
                    .contains("rejected MASTODON_TOKEN (HTTP 401: The access token is invalid)");
            assertThat(logs.text()).doesNotContain(SocialHarness.TOKEN);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(social.producer.history()).isEmpty();
    }

    @Test
    void anInstanceThatWantsSignInIsSkippedOnceWhileTheOtherTimelinesGoOn() throws Exception {
        SocialHarness social = SocialHarness.live(base(), "spacex,rstats");
        try (LogCapture logs = LogCapture.start()) {
            for (int poll = 0; poll < 2; poll++) {
                server.enqueue(status(401, SocialHarness.ERROR_401));
                server.enqueue(status(200, poll == 0 ? SocialHarness.RSTATS : "[]"));
                social.poller.run();
            }
            assertThat(logs.lines("WARN"))
                    .singleElement()
                    .asString()
                    .contains("#spacex", "without signing in (HTTP 401", "set MASTODON_TOKEN", "logged once");
        }
        assertThat(social.published())
                .hasSize(5)
                .allSatisfy(p -> assertThat(p.location()).endsWith("#rstats"));
        assertThat(social.runtime.progress().failed()).isEqualTo(2);
    }

    @Test
    void anUnknownTimelineIsSkippedOnceWithTheApiMessage() throws Exception {
        SocialHarness social = SocialHarness.live(base(), "spacex");
        try (LogCapture logs = LogCapture.start()) {
            server.enqueue(status(404, SocialHarness.ERROR_404));
            social.poller.run();
            server.enqueue(status(404, SocialHarness.ERROR_404));
            social.poller.run();
            assertThat(logs.lines("WARN"))
                    .singleElement()
                    .asString()
                    .contains("#spacex: not found (HTTP 404: Record not found)");
        }
        assertThat(social.producer.history()).isEmpty();
    }

    @Test
    void aRateLimitedAnswerWaitsUntilTheResetThenGoesOn() throws Exception {
        // what Mastodon's rack-attack sends: 429, remaining 0, reset with microseconds; the harness clock is 20:04:00
        server.enqueue(MastodonRateLimit.tooManyRequests("2025-07-17T20:04:07.000001Z"));
        server.enqueue(status(200, SocialHarness.RSTATS));
        SocialHarness social = SocialHarness.live(base(), "rstats");
        assertThat(LogCapture.linesDuring("WARN", social.poller::run))
                .singleElement()
                .asString()
                .contains("HTTP 429 (X-RateLimit-Reset in 7 s)", "retry 1/3");
        assertThat(social.sleeper.sleeps())
                .containsExactly(Duration.ofSeconds(7).plusNanos(1_000));
        assertThat(social.published()).hasSize(5);
    }

    @Test
    void serverErrorsAreRetriedThenTheTimelineIsSkippedForThisPoll() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(status(503, "<html>503</html>"));
        }
        server.enqueue(status(200, SocialHarness.RSTATS));
        SocialHarness social = SocialHarness.live(base(), "spacex,rstats");
        assertThat(LogCapture.linesDuring("WARN", social.poller::run))
                .hasSize(4)
                .last()
                .asString()
                .contains("Skipping localhost", "#spacex this poll", "failed after 4 attempt(s): HTTP 503");
        assertThat(social.published()).hasSize(5);
    }

    @Test
    void aPageThatIsNotAListOfStatusesIsSkippedWithOneLine() throws Exception {
        String[] bad = {"{\"error\":\"oops\"}", SocialHarness.RSTATS.substring(0, 300), "", "null"};
        SocialHarness social = SocialHarness.live(base(), "rstats");
        try (LogCapture logs = LogCapture.start()) {
            for (String body : bad) {
                server.enqueue(status(200, body));
                social.poller.run();
            }
            assertThat(logs.lines("WARN"))
                    .hasSize(bad.length)
                    .allSatisfy(l -> assertThat(l).contains("Skipping a malformed page of localhost"));
            assertThat(logs.text()).contains("expected a JSON array of statuses, found object", "invalid JSON");
        }
        assertThat(social.producer.history()).isEmpty();
        assertThat(social.runtime.progress().failed()).isEqualTo(bad.length);
    }

    @Test
    void unreadableStatusesAreSkippedWithOneLinePerPollAndTheOthersArePublished() throws Exception {
        com.fasterxml.jackson.databind.node.ArrayNode statuses = (com.fasterxml.jackson.databind.node.ArrayNode)
                io.kafkapipeline.common.json.Json.readTree(SocialHarness.RSTATS);
        ((com.fasterxml.jackson.databind.node.ObjectNode) statuses.get(0)).putNull("id");
        ((com.fasterxml.jackson.databind.node.ObjectNode) statuses.get(1)).put("created_at", "yesterday");
        ((com.fasterxml.jackson.databind.node.ObjectNode) statuses.get(2)).put("content", 42);
        server.enqueue(status(200, statuses.toString()));
        SocialHarness social = SocialHarness.live(base(), "rstats");
        assertThat(LogCapture.linesDuring("WARN", social.poller::run))
                .singleElement()
                .asString()
                .contains("Skipped 3 unreadable status(es) of localhost", "expected text or null at content");
        assertThat(social.published()).extracting(SocialPost::postId).hasSize(2);
        assertThat(social.runtime.progress().failed()).isEqualTo(3);
    }

    @Test
    void theTokenIsNeverLogged() throws Exception {
        server.enqueue(status(500, "{\"error\":\"token " + SocialHarness.TOKEN + " broke us\"}"));
        server.enqueue(status(403, "{\"error\":\"" + SocialHarness.TOKEN + " is not allowed\"}"));
        SocialHarness social =
                SocialHarness.live(base(), "rstats", "MASTODON_TOKEN", SocialHarness.TOKEN, "HTTP_MAX_RETRIES", "1");
        try (LogCapture logs = LogCapture.start()) {
            try {
                social.poller.run();
            } catch (io.kafkapipeline.common.source.FatalSourceException e) {
                assertThat(e.getMessage()).contains("HTTP 403").doesNotContain(SocialHarness.TOKEN);
            }
            assertThat(logs.text()).doesNotContain(SocialHarness.TOKEN);
            assertThat(social.runtime.progress().line()).doesNotContain(SocialHarness.TOKEN);
        }
    }
}
