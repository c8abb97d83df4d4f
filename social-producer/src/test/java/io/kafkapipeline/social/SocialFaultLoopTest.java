package io.kafkapipeline.social;

import static io.kafkapipeline.common.testing.FaultLoops.enqueueRetried;
import static io.kafkapipeline.common.testing.FaultLoops.status;
import static io.kafkapipeline.common.testing.FaultLoops.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.testing.FaultLoops;
import io.kafkapipeline.common.testing.FaultLoops.Expected;
import io.kafkapipeline.common.testing.FaultLoops.Fault;
import io.kafkapipeline.common.testing.MastodonRateLimit;
import java.util.Random;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * 100 API faults drawn at random (fixed seed) against one poller: 401 without a token, 404, 429 with
 * X-RateLimit-Reset, 5xx, slow answers, connections reset in the middle of the body, truncated and malformed pages,
 * a status without a readable created_at, a status of the wrong type. After each one the poller is still usable, nothing wrong is
 * published, the fault is logged once with its cause (401 and 404 once per timeline until it answers again; a
 * rejected token is fatal by design, see SocialFailureTest), and the heap does not grow.
 */
class SocialFaultLoopTest {

    private static final long SEED = 20_261_129L;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private long nextId = 114_870_400_000_000_000L;
    private boolean quiet;

    @Test
    void everyFaultIsSurvivedAndLoggedOnceWithItsCause() throws Exception {
        SocialHarness social = SocialHarness.live(server.url("/").toString(), "rstats");
        FaultLoops.run(SEED, social.producer, this::enqueue, (i, fault) -> social.poller.run());
        assertThat(social.published()).allSatisfy(p -> assertThat(p.location()).endsWith("#rstats"));
    }

    /** Queues the responses of one case and says what the poller must do with them. */
    private Expected enqueue(Fault fault, Random random) throws Exception {
        Expected expected = responses(fault, random);
        // a timeline that answered with a list of statuses is logged again when it fails for good next time
        if (fault == Fault.UNAUTHORIZED || fault == Fault.NOT_FOUND) {
            quiet = true;
        } else if (fault != Fault.TRUNCATED && fault != Fault.MALFORMED) {
            quiet = false;
        }
        return expected;
    }

    /** A page with one new status. */
    private String good() throws Exception {
        ArrayNode page = Json.mapper().createArrayNode();
        page.add(newStatus());
        return page.toString();
    }

    private ObjectNode newStatus() throws Exception {
        ObjectNode status = (ObjectNode) Json.readTree(SocialHarness.RSTATS).get(0);
        status.put("id", Long.toString(nextId++));
        return status;
    }

    private Expected responses(Fault fault, Random random) throws Exception {
        switch (fault) {
            case UNAUTHORIZED -> {
                server.enqueue(status(401, SocialHarness.ERROR_401));
                return new Expected(quiet ? 0 : 1, "HTTP 401", false);
            }
            case NOT_FOUND -> {
                server.enqueue(status(404, SocialHarness.ERROR_404));
                return new Expected(quiet ? 0 : 1, "HTTP 404", false);
            }
            case RATE_LIMITED -> {
                int seconds = 1 + random.nextInt(5);
                server.enqueue(MastodonRateLimit.tooManyRequests(
                        SocialHarness.CLOCK.instant().plusSeconds(seconds).toString()));
                server.enqueue(status(200, good()));
                return new Expected(1, "HTTP 429 (X-RateLimit-Reset in " + seconds + " s)", true);
            }
            case SERVER_ERROR, SLOW, RESET -> {
                return new Expected(1, enqueueRetried(server, fault, random, good()), true);
            }
            case TRUNCATED, MALFORMED -> {
                server.enqueue(
                        unreadable(fault, random, good(), "{not json", "{}", "null", "<html>502</html>", "\"text\""));
                return new Expected(1, "Skipping a malformed page", false);
            }
            case MISSING_FIELD -> {
                // created_at is required: missing, empty or not an instant; the other status of the page goes on
                ArrayNode page = Json.mapper().createArrayNode();
                page.add(newStatus());
                ObjectNode bad = newStatus();
                switch (random.nextInt(3)) {
                    case 0 -> bad.remove("created_at");
                    case 1 -> bad.put("created_at", "");
                    default -> bad.put("created_at", "soon");
                }
                page.add(bad);
                server.enqueue(status(200, page.toString()));
                return new Expected(1, "Skipped 1 unreadable status(es)", true);
            }
            case WRONG_TYPE -> {
                ArrayNode page = Json.mapper().createArrayNode();
                page.add(
                        random.nextBoolean()
                                ? newStatus().put("content", 7)
                                : Json.mapper().getNodeFactory().textNode("x"));
                server.enqueue(status(200, page.toString()));
                return new Expected(1, "Skipped 1 unreadable status(es)", false);
            }
            default -> throw new IllegalStateException(fault.name());
        }
    }
}
