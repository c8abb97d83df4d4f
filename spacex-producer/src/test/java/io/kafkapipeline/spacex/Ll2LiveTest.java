package io.kafkapipeline.spacex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.source.FatalSourceException;
import io.kafkapipeline.common.testing.LogCapture;
import io.kafkapipeline.spacex.Ll2Server.Call;
import io.kafkapipeline.spacex.Ll2Server.Feed;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** SPACEX_API=ll2 against a fake Launch Library 2 serving the recorded bodies as pages: paging, failures, the key. */
class Ll2LiveTest {
    private static final String KEY = "FAKE-LL2-KEY-0123456789abcdef";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private SpacexHarness spacex;
    private Ll2Server ll2;

    private Ll2Server start(String... settings) {
        spacex = SpacexHarness.ll2(server.url("/2.3.0").toString(), settings);
        ll2 = new Ll2Server(spacex.time::elapsed);
        server.setDispatcher(ll2);
        return ll2;
    }

    private static List<String> calls(Ll2Server ll2) {
        return ll2.calls().stream()
                .map(c -> c.feed().name().toLowerCase() + c.page())
                .toList();
    }

    private static String recordedUpcoming(int page) {
        return Ll2Bodies.read(List.of(Ll2Bodies.DETAILED_2_2, Ll2Bodies.NORMAL_2_0, Ll2Bodies.NORMAL_2_2_LLDEV)
                .get(page));
    }

    private static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    @Test
    void followsNextAcrossPagesAndPublishesEverySpacexLaunchOnce() throws Exception {
        start().pages(Feed.UPCOMING, recordedUpcoming(0), recordedUpcoming(1), recordedUpcoming(2));
        try (LogCapture logs = LogCapture.start()) {
            spacex.poller.run();
            assertThat(logs.text())
                    .contains(
                            "Polled /2.3.0/launches/upcoming/: 3 page(s), 25 launches, 14 SpaceX, 14 new or changed"
                                    + " sent",
                            "Polled /2.3.0/launches/previous/: 1 page(s), 0 launches, 0 SpaceX, 0 new or changed sent");
        }
        assertThat(calls(ll2)).containsExactly("upcoming0", "upcoming1", "upcoming2", "previous0");
        assertThat(spacex.published())
                .hasSize(14)
                .extracting(SpacexLaunch::launchId)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertThat(server.takeRequest().getUrl().query()).isEqualTo("lsp__id=121&mode=normal&ordering=net&limit=100");
    }

    @Test
    void previousIsReadToItsEndOnceThenOnlyItsFirstPages() throws Exception {
        start("LL2_PREVIOUS_PAGES", "2")
                .pages(Feed.PREVIOUS, recordedUpcoming(0), recordedUpcoming(1), recordedUpcoming(2));
        spacex.poll(3);
        assertThat(calls(ll2))
                .containsExactly(
                        "upcoming0",
                        "previous0",
                        "previous1",
                        "previous2", // first poll: the whole history
                        "upcoming0",
                        "previous0",
                        "previous1",
                        "upcoming0",
                        "previous0",
                        "previous1");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/2.3.0/launches/upcoming/");
        assertThat(server.takeRequest().getUrl().query()).isEqualTo("lsp__id=121&mode=normal&ordering=-net&limit=100");
        assertThat(spacex.published()).hasSize(14);
    }

    @Test
    void aFailedHistoryPageIsWhereTheNextPollResumes() throws Exception {
        AtomicInteger failures = new AtomicInteger();
        start().pages(Feed.PREVIOUS, recordedUpcoming(0), recordedUpcoming(1), recordedUpcoming(2))
                .fault(call -> call.feed() == Feed.PREVIOUS && call.page() == 1 && failures.getAndIncrement() == 0
                        ? status(404, "{\"detail\":\"Invalid page.\"}")
                        : null);
        assertThat(spacex.pollWarnings(1))
                .singleElement()
                .asString()
                .contains(
                        "Skipping the rest of this poll of /2.3.0/launches/previous/ (page 2; the next poll resumes"
                                + " there)",
                        "returned HTTP 404: Invalid page.");
        spacex.poll(2);
        assertThat(calls(ll2))
                .containsExactly(
                        "upcoming0",
                        "previous0",
                        "previous1",
                        "upcoming0",
                        "previous1",
                        "previous2",
                        "upcoming0",
                        "previous0");
        assertThat(spacex.published()).hasSize(14);
    }

    @Test
    void onlyLaunchesWhoseRecordChangedAreSentAgain() throws Exception {
        start().pages(Feed.UPCOMING, recordedUpcoming(1));
        spacex.poll(2);
        assertThat(spacex.published()).hasSize(7);

        ll2.pages(
                Feed.UPCOMING,
                Ll2Bodies.editLaunch(
                        Ll2Bodies.NORMAL_2_0,
                        "b3f7dd08-1e48-498c-8fcb-193b8d54ed6b",
                        launch -> launch.putObject("status").put("id", 3).put("name", "Success")));
        spacex.poller.run();
        List<SpacexLaunch> sent = spacex.published();
        assertThat(sent).hasSize(8);
        assertThat(sent.get(7).launchId()).isEqualTo("b3f7dd08-1e48-498c-8fcb-193b8d54ed6b");
        assertThat(sent.get(7).launchSuccess()).isTrue();
    }

    @Test
    void aShortThrottleIsWaitedOutAndRetried() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        start().pages(Feed.UPCOMING, recordedUpcoming(0))
                .fault(call -> seen.getAndIncrement() == 0
                        ? status(429, "{\"detail\":\"Request was throttled. Expected available in 20 seconds.\"}")
                        : null);
        assertThat(spacex.pollWarnings(1))
                .singleElement()
                .asString()
                .contains("HTTP 429 (throttled: available in 20 s); retry 1/3 in 20000 ms");
        assertThat(spacex.time.sleeps()).contains(Duration.ofSeconds(20));
        assertThat(spacex.published()).hasSize(6);
    }

    @Test
    void aLongThrottleSkipsThisFeedAndNoRequestIsMadeBeforeItEnds() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        start().pages(Feed.UPCOMING, recordedUpcoming(0))
                .fault(call -> seen.getAndIncrement() == 0
                        ? new MockResponse.Builder()
                                .code(429)
                                .addHeader("Retry-After", "1631")
                                .body("{\"detail\":\"Request was throttled. Expected available in 1631 seconds.\"}")
                                .build()
                        : null);
        assertThat(spacex.pollWarnings(1))
                .singleElement()
                .asString()
                .contains(
                        "Skipping the rest of this poll of /2.3.0/launches/upcoming/ (page 1)",
                        "rate limited: HTTP 429 (Retry-After 1631 s) exceeds HTTP_RETRY_AFTER_MAX_S=300");
        spacex.poller.run();
        List<Call> calls = ll2.calls();
        assertThat(calls)
                .extracting(Call::feed)
                .containsExactly(Feed.UPCOMING, Feed.PREVIOUS, Feed.UPCOMING, Feed.PREVIOUS);
        assertThat(calls.get(1).at().minus(calls.get(0).at()))
                .as("the next request waits for the throttle")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1631));
        assertThat(spacex.published()).hasSize(6);
    }

    @Test
    void aServerErrorIsRetriedAndCountsAgainstTheBudget() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        start().pages(Feed.UPCOMING, recordedUpcoming(0))
                .fault(call -> seen.getAndIncrement() == 0 ? status(503, "<html>busy</html>") : null);
        try (LogCapture logs = LogCapture.start()) {
            spacex.poller.run();
            assertThat(logs.lines("WARN")).singleElement().asString().contains("HTTP 503", "retry 1/3");
        }
        assertThat(calls(ll2)).containsExactly("upcoming0", "upcoming0", "previous0");
        assertThat(spacex.published()).hasSize(6);
    }

    @Test
    void persistentServerErrorsSkipTheFeedAndThePollGoesOn() throws Exception {
        start("HTTP_MAX_RETRIES", "1")
                .pages(Feed.PREVIOUS, recordedUpcoming(1))
                .fault(call -> call.feed() == Feed.UPCOMING ? status(502, "") : null);
        assertThat(spacex.pollWarnings(1))
                .hasSize(2)
                .last()
                .asString()
                .contains(
                        "Skipping the rest of this poll of /2.3.0/launches/upcoming/",
                        "failed after 2 attempt(s): HTTP 502");
        assertThat(spacex.published()).hasSize(7);
    }

    @Test
    void truncatedJsonSkipsTheFeedForThisPollOnly() throws Exception {
        String whole = recordedUpcoming(1);
        AtomicInteger seen = new AtomicInteger();
        start().pages(Feed.UPCOMING, whole)
                .fault(call ->
                        seen.getAndIncrement() == 0 ? status(200, whole.substring(0, whole.length() / 2)) : null);
        try (LogCapture logs = LogCapture.start()) {
            spacex.poller.run();
            assertThat(logs.lines("WARN")).singleElement().asString().contains("(page 1)", "invalid JSON");
        }
        assertThat(spacex.producer.history()).isEmpty();
        spacex.poller.run();
        assertThat(spacex.published()).hasSize(7);
    }

    @Test
    void theKeyIsSentAsATokenWithEveryPageAndNeverLogged() throws Exception {
        start("LL2_API_KEY", KEY).pages(Feed.UPCOMING, recordedUpcoming(0), recordedUpcoming(1));
        try (LogCapture logs = LogCapture.start()) {
            spacex.poller.run();
            assertThat(logs.text()).doesNotContain(KEY);
        }
        assertThat(ll2.calls()).hasSize(3).extracting(Call::authorization).containsOnly("Token " + KEY);
        assertThat(spacex.runtime.redactor().redact("x " + KEY)).isEqualTo("x ***");
    }

    @Test
    void withoutAKeyNoAuthorizationIsSent() throws Exception {
        start().pages(Feed.UPCOMING, recordedUpcoming(0));
        spacex.poller.run();
        assertThat(ll2.calls()).extracting(Call::authorization).containsOnlyNulls();
    }

    @Test
    void aRejectedKeyStopsTheProducerWithoutShowingIt() {
        start("LL2_API_KEY", KEY).fault(call -> status(401, "{\"detail\":\"Invalid token.\"}"));
        assertThatThrownBy(() -> spacex.poller.run())
                .isInstanceOf(FatalSourceException.class)
                .hasMessage("Launch Library 2 rejected LL2_API_KEY (HTTP 401: Invalid token.): set a valid key (or"
                        + " LL2_API_KEY_FILE), or unset it to call anonymously")
                .hasMessageNotContaining(KEY);
    }
}
