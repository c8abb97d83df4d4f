package io.kafkapipeline.owm;

import static io.kafkapipeline.common.testing.FaultLoops.enqueueRetried;
import static io.kafkapipeline.common.testing.FaultLoops.status;
import static io.kafkapipeline.common.testing.FaultLoops.unreadable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.source.FatalSourceException;
import io.kafkapipeline.common.testing.FaultLoops;
import io.kafkapipeline.common.testing.FaultLoops.Expected;
import io.kafkapipeline.common.testing.FaultLoops.Fault;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * R5: 100 API faults drawn at random (fixed seed) against one poller: 401, 404, 429 with Retry-After, 5xx, slow
 * responses, connection resets in the middle of the body (a reset before the response is retried by OkHttp
 * itself, unlogged), truncated and malformed JSON, missing fields, wrong types. After each one the poller
 * is still usable, nothing wrong is published, the fault is logged once with its cause (a 404 once per city until
 * it is found again; a 401 is fatal by design and ends the process with one ERROR line, see OwmFailureTest), and
 * the heap does not grow.
 */
class OwmFaultLoopTest {

    private static final long SEED = 20_261_128L;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private boolean notFoundLogged;

    @Test
    void everyFaultIsSurvivedAndLoggedOnceWithItsCause() throws Exception {
        OwmHarness owm = OwmHarness.live(server.url("/").toString(), "Hanoi");
        FaultLoops.run(SEED, owm.producer, this::enqueue, (i, fault) -> {
            if (fault == Fault.UNAUTHORIZED) {
                assertThatThrownBy(owm.poller::run)
                        .as("case %d: %s", i, fault)
                        .isInstanceOf(FatalSourceException.class)
                        .hasMessageContaining("HTTP 401");
            } else {
                owm.poller.run();
            }
        });
        assertThat(owm.published()).allSatisfy(r -> assertThat(r.location()).isEqualTo("Hanoi"));
    }

    /** Queues the responses of one case and says what the poller must do with them. */
    private Expected enqueue(Fault fault, Random random) {
        Expected expected = responses(fault, random);
        // a 404 is logged once per city until the city is found again
        notFoundLogged = fault == Fault.NOT_FOUND || (notFoundLogged && !expected.published());
        return expected;
    }

    private Expected responses(Fault fault, Random random) {
        String good = OwmHarness.HANOI;
        switch (fault) {
            case UNAUTHORIZED -> {
                server.enqueue(status(401, OwmHarness.fixture("/fixtures/owm/error_401_invalid_api_key.json")));
                return new Expected(0, null, false);
            }
            case NOT_FOUND -> {
                server.enqueue(status(404, OwmHarness.fixture("/fixtures/owm/error_404_city_not_found.json")));
                return new Expected(notFoundLogged ? 0 : 1, "HTTP 404", false);
            }
            case RATE_LIMITED -> {
                int seconds = 1 + random.nextInt(5);
                server.enqueue(new MockResponse.Builder()
                        .code(429)
                        .addHeader("Retry-After", seconds)
                        .build());
                server.enqueue(status(200, good));
                return new Expected(1, "HTTP 429 (Retry-After " + seconds + " s)", true);
            }
            case SERVER_ERROR, SLOW, RESET -> {
                return new Expected(1, enqueueRetried(server, fault, random, good), true);
            }
            case TRUNCATED, MALFORMED -> {
                server.enqueue(
                        unreadable(fault, random, good, "{not json", "[]", "null", "<html>502</html>", "\"text\""));
                return new Expected(1, "1 of 1 city responses unreadable, skipped: ", false);
            }
            case MISSING_FIELD -> {
                String[][] cuts = {
                    {"\"main\":\\{[^}]*\\},", ""},
                    {"\"sys\":\\{[^}]*\\},", ""},
                    {"\"weather\":\\[[^]]*\\],", "\"weather\":[],"}
                };
                String[] cut = cuts[random.nextInt(cuts.length)];
                server.enqueue(status(200, good.replaceAll(cut[0], cut[1])));
                return new Expected(1, "1 of 1 city responses unreadable, skipped: ", false);
            }
            case WRONG_TYPE -> {
                server.enqueue(status(
                        200,
                        random.nextBoolean()
                                ? good.replace("\"speed\":2.45", "\"speed\":\"fast\"")
                                : good.replace("\"humidity\":64", "\"humidity\":\"damp\"")));
                return new Expected(1, "1 of 1 city responses unreadable, skipped: ", false);
            }
            default -> throw new IllegalStateException(fault.name());
        }
    }
}
