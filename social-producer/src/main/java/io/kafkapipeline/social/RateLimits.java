package io.kafkapipeline.social;

import io.kafkapipeline.common.http.HttpReply;
import io.kafkapipeline.common.runtime.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mastodon's rate limit (300 requests per 5 minutes per IP, or per token), read from the {@code X-RateLimit-*}
 * headers of every answer, per instance: when an instance has {@value #RESERVE} request or fewer left, the next
 * request to it waits until {@code X-RateLimit-Reset}, so the limit is never hit. (A 429 all the same waits in
 * {@code HttpFetcher} for the same header.)
 */
final class RateLimits {
    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    /** Requests kept back: one, for the next poll of another timeline after a restart. */
    static final int RESERVE = 1;

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5).plusSeconds(5);

    private record Window(int remaining, int limit, Instant reset) {}

    private final Sleeper sleeper;
    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();

    RateLimits(Sleeper sleeper, Clock clock) {
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Waits, if the instance's window is used up, until it resets. */
    void beforeRequest(String instance) throws InterruptedException {
        Window window = windows.get(instance);
        if (window == null || window.remaining() > RESERVE) {
            return;
        }
        Duration wait = Duration.between(clock.instant(), window.reset());
        windows.remove(instance);
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        log.info(
                "{}: {} of {} requests left in this rate-limit window; waiting {} s until it resets",
                instance,
                window.remaining(),
                window.limit(),
                wait.toSeconds());
        sleeper.sleep(wait);
    }

    /** Remembers the window an answer reports (answers without the headers change nothing). */
    void afterReply(String instance, HttpReply reply) {
        String remaining = reply.header("X-RateLimit-Remaining");
        String reset = reply.header("X-RateLimit-Reset");
        if (remaining == null || reset == null) {
            return;
        }
        try {
            String limit = reply.header("X-RateLimit-Limit");
            windows.put(
                    instance,
                    new Window(
                            Integer.parseInt(remaining.strip()),
                            limit == null ? -1 : Integer.parseInt(limit.strip()),
                            Instant.parse(reset.strip())));
        } catch (NumberFormatException | DateTimeParseException e) {
            log.debug("{}: unreadable rate-limit headers ({}, {})", instance, remaining, reset);
        }
    }
}
