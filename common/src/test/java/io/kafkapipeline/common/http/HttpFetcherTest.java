package io.kafkapipeline.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.config.Redactor;
import io.kafkapipeline.common.runtime.Pacer;
import io.kafkapipeline.common.source.SourceException;
import io.kafkapipeline.common.source.SourceUnreachableException;
import io.kafkapipeline.common.testing.LogCapture;
import io.kafkapipeline.common.testing.MastodonRateLimit;
import io.kafkapipeline.common.testing.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
    private static final String KEY = "FAKE-KEY-0123456789abcdef";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    static HttpSettings settings(int maxRetries) {
        return new HttpSettings(
                Duration.ofMillis(1500),
                Duration.ofMillis(1500),
                Duration.ofSeconds(5),
                maxRetries,
                Duration.ofMillis(100),
                Duration.ofSeconds(2),
                Duration.ofSeconds(60));
    }

    private HttpFetcher fetcher(int maxRetries) {
        HttpSettings settings = settings(maxRetries);
        return new HttpFetcher(
                settings.newClient(),
                settings,
                new Backoff(settings.backoffInitial(), settings.backoffMax(), new Random(1)),
                Redactor.of(KEY),
                sleeper,
                Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private HttpUrl url() {
        return server.url("/data/2.5/weather")
                .newBuilder()
                .addQueryParameter("q", "Hanoi")
                .addQueryParameter("appid", KEY)
                .build();
    }

    @Test
    void returnsTheBodyOfA200() throws Exception {
        server.enqueue(
                new MockResponse.Builder().code(200).body("{\"ok\":true}").build());
        HttpReply reply = fetcher(3).get(url());
        assertThat(reply.ok()).isTrue();
        assertThat(reply.body()).isEqualTo("{\"ok\":true}");
        assertThat(server.takeRequest().getUrl().queryParameter("appid")).isEqualTo(KEY);
    }

    @Test
    void retries500ThenSucceedsWithOneWarnLine() throws Exception {
        server.enqueue(new MockResponse.Builder().code(500).body("oops").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (LogCapture logs = LogCapture.start()) {
            assertThat(fetcher(3).get(url()).status()).isEqualTo(200);
            assertThat(logs.lines("WARN")).hasSize(1);
            assertThat(logs.text())
                    .contains("HTTP 500", "retry 1/3", "appid=***")
                    .doesNotContain(KEY);
        }
        assertThat(sleeper.sleeps()).hasSize(1);
        assertThat(sleeper.sleeps().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    }

    @Test
    void honoursRetryAfterOn429() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "7")
                .body("{\"cod\":429}")
                .build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        assertThat(fetcher(3).get(url()).status()).isEqualTo(200);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterAsHttpDateIsHonoured() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "Mon, 01 Jan 2024 00:00:30 GMT")
                .build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        fetcher(3).get(url());
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterBeyondTheLimitFailsThisRequest() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "3600")
                .build());
        assertThatThrownBy(() -> fetcher(3).get(url()))
                .isInstanceOf(SourceException.class)
                .isNotInstanceOf(SourceUnreachableException.class)
                .hasMessageContaining("HTTP_RETRY_AFTER_MAX_S")
                .satisfies(e -> assertThat(((SourceException) e).status()).isEqualTo(429))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void retriesATimeout() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{}")
                .headersDelay(3, TimeUnit.SECONDS)
                .build());
        server.enqueue(
                new MockResponse.Builder().code(200).body("{\"second\":1}").build());
        try (LogCapture logs = LogCapture.start()) {
            assertThat(fetcher(3).get(url()).body()).isEqualTo("{\"second\":1}");
            assertThat(logs.lines("WARN")).hasSize(1);
            assertThat(logs.text()).contains("SocketTimeoutException").doesNotContain(KEY);
        }
    }

    @Test
    void persistent5xxBecomesUnreachableAfterRetries() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(503).build());
        }
        assertThatThrownBy(() -> fetcher(2).get(url()))
                .isInstanceOf(SourceUnreachableException.class)
                .hasMessageContaining("failed after 3 attempt(s): HTTP 503")
                .hasMessageNotContaining(KEY);
        assertThat(sleeper.sleeps()).hasSize(2);
        assertThat(sleeper.sleeps().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void connectionRefusedIsUnreachableAndRedacted() {
        HttpUrl closed = HttpUrl.parse("http://127.0.0.1:1/data?appid=" + KEY);
        try (LogCapture logs = LogCapture.start()) {
            assertThatThrownBy(() -> fetcher(1).get(closed))
                    .isInstanceOf(SourceUnreachableException.class)
                    .hasMessageContaining("appid=***")
                    .hasMessageNotContaining(KEY);
            assertThat(logs.text()).doesNotContain(KEY);
        }
    }

    @Test
    void clientErrorsAreReturnedNotRetried() throws Exception {
        server.enqueue(
                new MockResponse.Builder().code(404).body("{\"cod\":\"404\"}").build());
        HttpReply reply = fetcher(3).get(url());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.ok()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a429WithoutRetryAfterWaitsUntilXRateLimitReset() throws Exception {
        // the fixed clock is 2024-01-01T00:00:00Z; Mastodon sends the reset with 6 fractional digits
        server.enqueue(MastodonRateLimit.tooManyRequests("2024-01-01T00:00:42.923550Z"));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("X-RateLimit-Remaining", "299")
                .body("[]")
                .build());
        try (LogCapture logs = LogCapture.start()) {
            HttpReply reply = fetcher(3).get(url());
            assertThat(reply.body()).isEqualTo("[]");
            assertThat(reply.header("x-ratelimit-remaining")).isEqualTo("299");
            assertThat(logs.text()).contains("HTTP 429 (X-RateLimit-Reset in 42 s)");
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofNanos(42_923_550_000L));
    }

    @Test
    void aThrottleBodyWithoutRetryAfterGivesTheWait() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .body("{\"detail\":\"Request was throttled. Expected available in 42 seconds.\"}")
                .build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (LogCapture logs = LogCapture.start()) {
            assertThat(fetcher(3).get(url()).status()).isEqualTo(200);
            assertThat(logs.lines("WARN"))
                    .singleElement()
                    .asString()
                    .contains("HTTP 429 (throttled: available in 42 s)", "retry 1/3 in 42000 ms");
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(42));
    }

    @Test
    void aLongThrottleHoldsThePacerSoTheNextRequestWaitsForIt() throws Exception {
        long[] now = {0};
        List<Duration> waits = new ArrayList<>();
        Pacer pacer = new Pacer(1, false, () -> now[0], d -> {
            waits.add(d);
            now[0] += d.toNanos();
        });
        HttpFetcher paced = fetcher(3).paced(pacer);
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .body("{\"detail\":\"Request was throttled. Expected available in 1631 seconds.\"}")
                .build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

        assertThatThrownBy(() -> paced.get(url()))
                .hasMessageContaining("HTTP 429 (throttled: available in 1631 s) exceeds HTTP_RETRY_AFTER_MAX_S=60");
        assertThat(waits).isEmpty();
        paced.get(url());
        assertThat(waits).containsExactly(Duration.ofSeconds(1631));
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void attemptsThatNeverReachedTheServerDoNotUseTheQuota() {
        long[] now = {0};
        List<Duration> waits = new ArrayList<>();
        Pacer pacer = new Pacer(1 / 240.0, false, () -> now[0], d -> {
            waits.add(d);
            now[0] += d.toNanos();
        });
        assertThatThrownBy(() -> fetcher(2).paced(pacer).get(HttpUrl.parse("http://127.0.0.1:1/x")))
                .isInstanceOf(SourceUnreachableException.class)
                .hasMessageContaining("failed after 3 attempt(s)");
        assertThat(waits).as("no 240 s quota wait between refused connections").isEmpty();
        assertThat(sleeper.sleeps()).hasSize(2).allMatch(d -> d.compareTo(Duration.ofSeconds(2)) <= 0);
    }

    @Test
    void headersAreSentWithEveryAttemptAndNeverLogged() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        try (LogCapture logs = LogCapture.start()) {
            fetcher(3).withHeader("Authorization", "Token " + KEY).get(server.url("/launches/"));
            assertThat(logs.text()).contains("HTTP 503").doesNotContain(KEY);
        }
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Token " + KEY);
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Token " + KEY);
    }
}
