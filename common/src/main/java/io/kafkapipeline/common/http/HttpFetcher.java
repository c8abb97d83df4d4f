package io.kafkapipeline.common.http;

import io.kafkapipeline.common.config.Redactor;
import io.kafkapipeline.common.runtime.Pacer;
import io.kafkapipeline.common.runtime.Sleeper;
import io.kafkapipeline.common.source.SourceException;
import io.kafkapipeline.common.source.SourceUnreachableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * jitter; 429 waits for {@code Retry-After} (else until {@code X-RateLimit-Reset}, else a DRF "Expected available in
 * N seconds" body, else the backoff) up to a limit. Any other status is
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
    private final Map<String, String> headers;

    public HttpFetcher(
            OkHttpClient client,
            HttpSettings settings,
            Backoff backoff,
            Redactor redactor,
            Sleeper sleeper,
            Clock clock) {
        this(client, settings, backoff, redactor, sleeper, clock, null, Map.of());
    }

    private HttpFetcher(
            OkHttpClient client,
            HttpSettings settings,
            Backoff backoff,
            Redactor redactor,
            Sleeper sleeper,
            Clock clock,
            Pacer pacer,
            Map<String, String> headers) {
        this.pacer = pacer;
        this.client = client;
        this.settings = settings;
        this.backoff = backoff;
        this.redactor = redactor;
        this.sleeper = sleeper;
        this.clock = clock;
        this.headers = Map.copyOf(headers);
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

    /**
     * A fetcher that waits for the pacer before every attempt, retries included (API quotas). A 429 that this
     * request does not wait out (too long, or no retries left) holds the pacer, so the next request (the next
     * poll's) waits for it; an attempt that never reached the server (connection refused, unknown host) gives its
     * slot back.
     */
    public HttpFetcher paced(Pacer pacer) {
        return new HttpFetcher(client, settings, backoff, redactor, sleeper, clock, pacer, headers);
    }

    /** A fetcher that sends this header with every request (e.g. {@code Authorization}); its value is never logged. */
    public HttpFetcher withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpFetcher(client, settings, backoff, redactor, sleeper, clock, pacer, more);
    }

    public Redactor redactor() {
        return redactor;
    }

    public HttpReply get(HttpUrl url) throws SourceException, InterruptedException {
        String shown = redactor.redact(url.toString());
        Request.Builder builder = new Request.Builder().url(url).header("Accept", "application/json");
        headers.forEach(builder::header);
        Request request = builder.build();
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
                    Optional<Duration> throttled = RetryAfter.fromBody(body);
                    wait = retryAfter.or(() -> reset).or(() -> throttled).orElse(wait);
                    problem = "HTTP 429"
                            + retryAfter
                                    .map(d -> " (Retry-After " + d.toSeconds() + " s)")
                                    .or(() -> reset.map(d -> " (X-RateLimit-Reset in " + d.toSeconds() + " s)"))
                                    .or(() -> throttled.map(d -> " (throttled: available in " + d.toSeconds() + " s)"))
                                    .orElse("");
                    if (wait.compareTo(settings.retryAfterMax()) > 0) {
                        hold(wait);
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
                if (pacer != null && (e instanceof ConnectException || e instanceof UnknownHostException)) {
                    pacer.release();
                }
                problem = redactor.describe(e);
            }
            if (lastAttempt) {
                if (status == 429) {
                    hold(wait);
                }
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

    private void hold(Duration wait) {
        if (pacer != null) {
            pacer.holdFor(wait);
        }
    }
}
