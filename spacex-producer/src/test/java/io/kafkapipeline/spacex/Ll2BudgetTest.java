package io.kafkapipeline.spacex;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.spacex.Ll2Server.Call;
import io.kafkapipeline.spacex.Ll2Server.Feed;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The hourly request budget on a fake clock: the poller runs as the poll loop runs it (a poll, then SLEEP_TIME),
 * against a fake Launch Library 2 with several pages per feed and occasional 5xx (retries count too); the time each
 * request reached the server is checked against the budget.
 */
class Ll2BudgetTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    /** Runs polls with SLEEP_TIME between them until the fake clock passes {@code hours}; returns the calls. */
    private List<Call> run(int perHour, int hours) throws Exception {
        SpacexHarness spacex =
                SpacexHarness.ll2(server.url("/2.3.0").toString(), "LL2_REQUESTS_PER_HOUR", Integer.toString(perHour));
        AtomicInteger n = new AtomicInteger();
        Ll2Server ll2 = new Ll2Server(spacex.time::elapsed)
                .pages(
                        Feed.UPCOMING,
                        Ll2Bodies.read(Ll2Bodies.DETAILED_2_2),
                        Ll2Bodies.read(Ll2Bodies.NORMAL_2_2_LLDEV))
                .pages(
                        Feed.PREVIOUS,
                        Ll2Bodies.read(Ll2Bodies.NORMAL_2_0),
                        Ll2Bodies.empty(),
                        Ll2Bodies.empty(),
                        Ll2Bodies.empty(),
                        Ll2Bodies.empty(),
                        Ll2Bodies.empty())
                .fault(call -> n.incrementAndGet() % 7 == 0
                        ? new MockResponse.Builder().code(503).build()
                        : null);
        server.setDispatcher(ll2);
        while (spacex.time.elapsed().compareTo(Duration.ofHours(hours)) < 0) {
            spacex.poller.run();
            spacex.time.sleep(Duration.ofSeconds(300)); // SLEEP_TIME, as the poll loop waits
        }
        assertThat(spacex.published()).hasSize(14);
        return ll2.calls();
    }

    private static void assertWithinBudget(List<Call> calls, int perHour) {
        Duration spacing = Duration.ofMillis(Math.round(3_600_000.0 * SpacexApp.LL2_BUDGET_SLACK / perHour));
        for (int i = 1; i < calls.size(); i++) {
            assertThat(calls.get(i).at().minus(calls.get(i - 1).at()))
                    .as("gap before request %d", i)
                    .isGreaterThanOrEqualTo(spacing.minusMillis(1));
        }
        for (Call first : calls) {
            long inTheHour = calls.stream()
                    .filter(c -> c.at().compareTo(first.at()) >= 0
                            && c.at().compareTo(first.at().plus(HOUR)) < 0)
                    .count();
            assertThat(inTheHour).as("requests in the hour from %s", first.at()).isLessThanOrEqualTo(perHour);
        }
    }

    @Test
    void anonymousBudgetNeverHasMoreThan15RequestsInAnyHour() throws Exception {
        List<Call> calls = run(15, 4);

        assertWithinBudget(calls, 15);
        assertThat(calls.get(0).at()).as("the first request goes at once").isEqualTo(Duration.ZERO);
        // 4 h x 15 = 60 at the most; spaced 244.8 s apart, with the 300 s between polls, it uses most of it.
        assertThat(calls.size()).isBetween(45, 60);
        assertThat(calls).extracting(Call::feed).contains(Feed.UPCOMING, Feed.PREVIOUS);
    }

    @Test
    void aLargerBudgetSpacesCallsCloser() throws Exception {
        List<Call> calls = run(120, 1);

        assertWithinBudget(calls, 120);
        assertThat(calls.get(1).at().minus(calls.get(0).at())).isEqualTo(Duration.ofMillis(30_600));
    }
}
