package io.kafkapipeline.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;

/**
 * What the producers' seeded API fault loops ({@code OwmFaultLoopTest}, {@code SpacexFaultLoopTest},
 * {@code SocialFaultLoopTest}) share: the kinds
 * of fault they draw, canned responses, and the heap measure that shows nothing piles up over the cases.
 */
public final class FaultLoops {

    /** The kinds of fault a loop draws, one per case. */
    public enum Fault {
        UNAUTHORIZED,
        NOT_FOUND,
        RATE_LIMITED,
        SERVER_ERROR,
        SLOW,
        RESET,
        TRUNCATED,
        MALFORMED,
        MISSING_FIELD,
        WRONG_TYPE;

        public static Fault draw(Random random) {
            return values()[random.nextInt(values().length)];
        }
    }

    /** What one case must do: how many WARN lines it logs, what the first names, whether it publishes a record. */
    public record Expected(int lines, String cause, boolean published) {

        /** Checks the WARN lines that case {@code i} (a {@code fault}) logged. */
        public void assertLogged(List<String> warnings, int i, Fault fault) {
            assertThat(warnings).as("case %d: %s, log lines", i, fault).hasSize(lines);
            if (lines > 0) {
                assertThat(warnings.get(0))
                        .as("case %d: %s, the cause", i, fault)
                        .contains(cause);
            }
        }
    }

    private FaultLoops() {}

    /** A response with this status and body. */
    public static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    /** A 200 with this body whose headers come after 3 s: longer than the harnesses' read timeouts. */
    public static MockResponse slow(String body) {
        return new MockResponse.Builder()
                .code(200)
                .body(body)
                .headersDelay(3, TimeUnit.SECONDS)
                .build();
    }

    /** A 200 with this body whose connection is reset in the middle of the body (retried by the poller, not OkHttp). */
    public static MockResponse resetMidBody(String body) {
        return new MockResponse.Builder()
                .code(200)
                .body(body)
                .onResponseBody(new SocketEffect.CloseSocket(true, true, true))
                .build();
    }

    /**
     * Queues a fault the poller retries (a 5xx drawn from {@code random}, a slow answer, a reset in the middle of the
     * body) and {@code good} for the retry to get; returns what the one WARN line about it names.
     */
    public static String enqueueRetried(MockWebServer server, Fault fault, Random random, String good) {
        String cause;
        switch (fault) {
            case SERVER_ERROR -> {
                int code = List.of(500, 502, 503, 504).get(random.nextInt(4));
                server.enqueue(status(code, "<html>oops</html>"));
                cause = "HTTP " + code;
            }
            case SLOW -> {
                server.enqueue(slow(good));
                cause = "SocketTimeoutException";
            }
            case RESET -> {
                server.enqueue(resetMidBody(good));
                cause = "retry 1/";
            }
            default -> throw new IllegalArgumentException(fault + " is not a fault the poller retries");
        }
        server.enqueue(status(200, good));
        return cause;
    }

    /** Bytes of heap in use after a few collections. */
    public static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
