package io.kafkapipeline.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.apache.kafka.clients.producer.MockProducer;

/**
 * What the producers' seeded API fault loops ({@code OwmFaultLoopTest}, {@code SpacexFaultLoopTest},
 * {@code SocialFaultLoopTest}) share: the loop itself, the kinds of fault they draw, canned responses, and the heap
 * measure that shows nothing piles up over the cases.
 */
public final class FaultLoops {

    /** How many faults one loop draws (R5: 100 API faults). */
    public static final int CASES = 100;

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

    /** One case of a loop: queue the responses of {@code fault}, poll, and check what the poller did. */
    @FunctionalInterface
    public interface Case {
        void run(int i, Fault fault, Random random) throws Exception;
    }

    /** Queues the responses of one case and says what the poller must do with them. */
    @FunctionalInterface
    public interface Enqueue {
        Expected enqueue(Fault fault, Random random) throws Exception;
    }

    /** Polls once in case {@code i} (and checks the failure, where the fault is fatal by design). */
    @FunctionalInterface
    public interface Poll {
        void run(int i, Fault fault) throws Exception;
    }

    private FaultLoops() {}

    /**
     * Runs {@link #CASES} cases, each with a fault drawn from a {@link Random} seeded with {@code seed} (the case draws
     * its details from the same one); then checks that every kind of fault was drawn and that the heap grew by less
     * than 32 MiB over the cases.
     */
    public static void run(long seed, Case each) throws Exception {
        Random random = new Random(seed);
        Map<Fault, Integer> seen = new EnumMap<>(Fault.class);
        long heapBefore = usedHeapAfterGc();
        for (int i = 0; i < CASES; i++) {
            Fault fault = Fault.draw(random);
            seen.merge(fault, 1, Integer::sum);
            each.run(i, fault, random);
        }
        assertThat(seen).as("every kind of fault drawn").hasSize(Fault.values().length);
        assertThat(usedHeapAfterGc() - heapBefore)
                .as("heap growth over %d faults (bytes)", CASES)
                .isLessThan(32L * 1024 * 1024);
    }

    /**
     * Runs a loop ({@link #run(long, Case)}) whose cases say what they expect: each case queues its responses, polls,
     * logs the WARN lines its {@link Expected} says, and publishes one record if it says so, else none.
     */
    public static void run(long seed, MockProducer<?, ?> producer, Enqueue enqueue, Poll poll) throws Exception {
        run(seed, (i, fault, random) -> {
            int before = producer.history().size();
            Expected expected = enqueue.enqueue(fault, random);
            try (LogCapture logs = LogCapture.start()) {
                poll.run(i, fault);
                expected.assertLogged(logs.warnings(), i, fault);
            }
            assertThat(producer.history())
                    .as("case %d: %s, records published so far", i, fault)
                    .hasSize(before + (expected.published() ? 1 : 0));
        });
    }

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
     * A 200 the poller cannot read: for {@code TRUNCATED} the body {@code good} cut off somewhere inside, for
     * {@code MALFORMED} one of {@code malformed}; which, drawn from {@code random}.
     */
    public static MockResponse unreadable(Fault fault, Random random, String good, String... malformed) {
        return switch (fault) {
            case TRUNCATED -> status(200, good.substring(0, 1 + random.nextInt(good.length() - 2)));
            case MALFORMED -> status(200, malformed[random.nextInt(malformed.length)]);
            default -> throw new IllegalArgumentException(fault + " is not a body the poller cannot read");
        };
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
