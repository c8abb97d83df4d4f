package io.kafkapipeline.common.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a 429 asks to wait: the {@code Retry-After} header (delay-seconds or an HTTP-date), else an
 * {@code X-RateLimit-Reset} header (an ISO-8601 instant, as Mastodon sends: {@code 2025-07-17T20:05:00.923550Z}), else
 * the throttle message of a Django REST Framework API in the body ({@code "Request was throttled. Expected available
 * in 1631 seconds."}, e.g. Launch Library 2).
 */
final class RetryAfter {
    private static final Pattern THROTTLE_BODY =
            Pattern.compile("(?i)expected available in (\\d+(?:\\.\\d+)?) seconds?");

    private RetryAfter() {}

    /** The time until an ISO-8601 {@code X-RateLimit-Reset} instant (zero if it has passed). */
    static Optional<Duration> untilReset(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            Duration wait = Duration.between(clock.instant(), Instant.parse(header.strip()));
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The wait of the throttle message in a body, rounded up to whole seconds. */
    static Optional<Duration> fromBody(String body) {
        if (body == null) {
            return Optional.empty();
        }
        Matcher m = THROTTLE_BODY.matcher(body.length() > 4096 ? body.substring(0, 4096) : body);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds((long) Math.ceil(Double.parseDouble(m.group(1)))));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    static Optional<Duration> parse(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
