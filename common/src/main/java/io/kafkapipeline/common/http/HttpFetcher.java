package io.kafkapipeline.common.http;

import io.kafkapipeline.common.config.Redactor;
import io.kafkapipeline.common.runtime.Pacer;
import io.kafkapipeline.common.runtime.Sleeper;
import io.kafkapipeline.common.source.SourceException;
import io.kafkapipeline.common.source.SourceUnreachableException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET with retries. Connection errors, timeouts and 5xx are retried with exponential backoff and
 * jitter; 429 waits for {@code Retry-After} (else until {@code X-RateLimit-Reset}, else the backoff) up to a limit.
 * Any other status is
 * returned to the caller, who branches on it. Every URL and message is redacted; one WARN line per
 * retry.
 */
public final class HttpFetcher {
    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);

    private final OkHttpClient client;
    private final HttpSettings settings;
    private final Backoff backoff;
    private final Redactor redactor;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Pacer pacer;

    public HttpFetcher(
            OkHttpClient client,
            HttpSettings settings,
            Backoff backoff,
            Redactor redactor,
            Sleeper sleeper,
            Clock clock) {
        this(client, settings, backoff, redactor, sleeper, clock, null);
    }

    private HttpFetcher(
            OkHttpClient client,
            HttpSettings settings,
            Backoff backoff,
            Redactor redactor,
            Sleeper sleeper,
            Clock clock,
            Pacer pacer) {
        this.pacer = pacer;
        this.client = client;
        this.settings = settings;
        this.backoff = backoff;
        this.redactor = redactor;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** The usual wiring: client from the settings, random jitter, system clock. */
    public static HttpFetcher create(HttpSettings settings, Redactor redactor, Sleeper sleeper) {
        return new HttpFetcher(
                settings.newClient(),
                settings,
                new Backoff(settings.backoffInitial(), settings.backoffMax(), new Random()),
                redactor,
                sleeper,
                Clock.systemUTC());
    }

    /** A fetcher that waits for the pacer before every attempt, retries included (API quotas). */
    public HttpFetcher paced(Pacer pacer) {
        return new HttpFetcher(client, settings, backoff, redactor, sleeper, clock, pacer);
    }

    public Redactor redactor() {
        return redactor;
    }

    public HttpReply get(HttpUrl url) throws SourceException, InterruptedException {
        String shown = redactor.redact(url.toString());
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .build();
        for (int attempt = 1; ; attempt++) {
            boolean lastAttempt = attempt > settings.maxRetries();
            String problem;
            int status = 0;
            Duration wait = backoff.delay(attempt);
            if (pacer != null) {
                pacer.acquire();
            }
            try (Response response = client.newCall(request).execute()) {
                status = response.code();
                String body = response.body().string();
                if (status == 429) {
                    Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
                    Optional<Duration> reset = retryAfter.isPresent()
                            ? Optional.empty()
                            : RetryAfter.untilReset(response.header("X-RateLimit-Reset"), clock);
                    wait = retryAfter.or(() -> reset).orElse(wait);
                    problem = "HTTP 429"
                            + retryAfter
                                    .map(d -> " (Retry-After " + d.toSeconds() + " s)")
                                    .or(() -> reset.map(d -> " (X-RateLimit-Reset in " + d.toSeconds() + " s)"))
                                    .orElse("");
                    if (wait.compareTo(settings.retryAfterMax()) > 0) {
                        throw new SourceException(
                                429,
                                "GET " + shown + " rate limited: " + problem + " exceeds HTTP_RETRY_AFTER_MAX_S="
                                        + settings.retryAfterMax().toSeconds());
                    }
                } else if (status >= 500) {
                    problem = "HTTP " + status;
                } else {
                    return new HttpReply(status, body, response.headers());
                }
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("interrupted during GET " + shown);
                }
                problem = redactor.describe(e);
            }
            if (lastAttempt) {
                String message = "GET " + shown + " failed after " + attempt + " attempt(s): " + problem;
                throw status == 429
                        ? new SourceException(429, message)
                        : new SourceUnreachableException(status, message);
            }
            log.warn(
                    "GET {} -> {}; retry {}/{} in {} ms",
                    shown,
                    problem,
                    attempt,
                    settings.maxRetries(),
                    wait.toMillis());
            sleeper.sleep(wait);
        }
    }
}
