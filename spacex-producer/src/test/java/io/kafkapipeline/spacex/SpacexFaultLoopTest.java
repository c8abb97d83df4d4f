package io.kafkapipeline.spacex;

import static io.kafkapipeline.common.testing.FaultLoops.resetMidBody;
import static io.kafkapipeline.common.testing.FaultLoops.slow;
import static io.kafkapipeline.common.testing.FaultLoops.status;
import static io.kafkapipeline.common.testing.FaultLoops.unreadable;
import static io.kafkapipeline.spacex.SpacexHarness.UPCOMING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.testing.FaultLoops;
import io.kafkapipeline.common.testing.FaultLoops.Fault;
import io.kafkapipeline.common.testing.LogCapture;
import java.util.List;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * R5: 100 API faults drawn at random (fixed seed) on the launches endpoint of one poller: 401, 404, 429 with
 * Retry-After, 5xx, slow responses, resets in the middle of the body, truncated and malformed JSON, a launch with a
 * missing id or a wrong type. After each one the poller is still usable, the fault is logged once with its cause,
 * nothing wrong is published (in the end exactly the 9 recorded launches, each once), and the heap does not grow.
 */
class SpacexFaultLoopTest {

    private static final long SEED = 20_261_128L;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void everyFaultIsSurvivedAndLoggedOnceWithItsCause() throws Exception {
        SpacexHarness spacex = SpacexHarness.live(server.url("/").toString(), "upcoming");
        FaultLoops.run(SEED, (i, fault, random) -> {
            String cause = serve(fault, random);
            try (LogCapture logs = LogCapture.start()) {
                spacex.poller.run();
                assertThat(logs.warnings())
                        .as("case %d: %s, log lines", i, fault)
                        .singleElement()
                        .asString()
                        .contains(cause);
            }
        });
        assertThat(spacex.published())
                .as("launches published: the 9 recorded ones, once each")
                .hasSize(9)
                .extracting(SpacexLaunch::launchId)
                .doesNotHaveDuplicates();
    }

    /** Answers the next launches request with the fault (then with the recording); returns the expected cause. */
    private String serve(Fault fault, Random random) throws MalformedDataException {
        return switch (fault) {
            case UNAUTHORIZED -> failFirst(status(401, "{\"error\":\"Unauthorized\"}"), "returned HTTP 401");
            case NOT_FOUND -> failFirst(status(404, "Not Found"), "returned HTTP 404");
            case RATE_LIMITED -> {
                int seconds = 1 + random.nextInt(5);
                yield failFirst(
                        new MockResponse.Builder()
                                .code(429)
                                .addHeader("Retry-After", seconds)
                                .build(),
                        "HTTP 429 (Retry-After " + seconds + " s)");
            }
            case SERVER_ERROR -> {
                int code = List.of(500, 502, 503, 504).get(random.nextInt(4));
                yield failFirst(status(code, ""), "HTTP " + code);
            }
            case SLOW -> failFirst(slow(UPCOMING), "SocketTimeoutException");
            case RESET -> failFirst(resetMidBody(UPCOMING), "retry 1/");
            case TRUNCATED, MALFORMED ->
                failFirst(
                        unreadable(fault, random, UPCOMING, "{not json", "{\"docs\":[]}", "null", "<html/>"),
                        "Skipping this poll");
            case MISSING_FIELD -> failFirst(status(200, edit(random, "id", null)), "expected text at id (missing)");
            case WRONG_TYPE ->
                failFirst(status(200, edit(random, "date_utc", "next tuesday")), "date_utc is not an ISO-8601 instant");
        };
    }

    /** The first launches request gets {@code failure}; the rest of the case is served from the recordings. */
    private String failFirst(MockResponse failure, String cause) {
        server.setDispatcher(SpacexHarness.failingFirst(1, failure));
        return cause;
    }

    /** The recording with one random launch's {@code field} removed (null) or set to {@code value}. */
    private static String edit(Random random, String field, String value) throws MalformedDataException {
        ArrayNode launches = (ArrayNode) Json.readTree(UPCOMING);
        ObjectNode launch = (ObjectNode) launches.get(random.nextInt(launches.size()));
        if (value == null) {
            launch.remove(field);
        } else {
            launch.put(field, value);
        }
        return Json.write(launches);
    }
}
