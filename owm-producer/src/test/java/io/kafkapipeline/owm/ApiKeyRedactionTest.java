package io.kafkapipeline.owm;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.runtime.ProducerMain;
import io.kafkapipeline.common.runtime.RunOptions;
import io.kafkapipeline.common.source.SourceException;
import io.kafkapipeline.common.testing.LogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A recognizable fake key never shows up in log output, exception messages or the progress line. */
class ApiKeyRedactionTest {
    private static final String KEY = OwmHarness.KEY;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void keyNeverAppearsAcrossTheFailurePaths() throws Exception {
        String echo = "{\"cod\":500,\"message\":\"bad appid=" + KEY + "\"}";
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "2")
                .build());
        server.enqueue(new MockResponse.Builder().code(500).body(echo).build());
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{}")
                .headersDelay(3, TimeUnit.SECONDS)
                .build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"coord\":").build());
        server.enqueue(new MockResponse.Builder()
                .code(404)
                .body("{\"cod\":\"404\",\"message\":\"no city for appid=" + KEY + "\"}")
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(403)
                .body("{\"message\":\"key " + KEY + " blocked\"}")
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "99999")
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(401)
                .body("{\"cod\":401,\"message\":\"Invalid API key " + KEY + "\"}")
                .build());

        List<Throwable> thrown = new ArrayList<>();
        String logged;
        String progress;
        try (LogCapture logs = LogCapture.start()) {
            OwmHarness owm = OwmHarness.live(server.url("/").toString(), "Hanoi,Moscow,Paris,Berlin,Rome");
            // Hanoi: 429, 500, timeout, truncated body; Moscow 404; Paris 403; Berlin 429 too long; Rome 401
            try {
                owm.poller.run();
            } catch (SourceException e) {
                thrown.add(e);
            }
            progress = owm.runtime.progress().line();
            OwmHarness unreachable = OwmHarness.unreachable(Map.of("SOURCE", "live"));
            unreachable.poller.run();
            progress += unreachable.runtime.progress().line();
            unreachable.runtime.progress().close();
            logged = logs.text();
        }

        assertThat(thrown).singleElement().asString().contains("HTTP 401");
        assertThat(logged)
                .contains(
                        "HTTP 429",
                        "HTTP 500",
                        "SocketTimeoutException",
                        "invalid JSON",
                        "HTTP 404",
                        "HTTP 403",
                        "HTTP_RETRY_AFTER_MAX_S",
                        "ConnectException",
                        "appid=***");
        assertThat(logged).doesNotContain(KEY);
        assertThat(progress).doesNotContain(KEY);
        for (Throwable e : thrown) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).doesNotContain(KEY);
        }
    }

    @Test
    void keyFromFileIsNotPrintedAtStartOrOnConfigErrors() {
        RunOptions options = new RunOptions();
        try (LogCapture logs = LogCapture.start()) {
            int code = ProducerMain.run(
                    OwmConfig.COMPONENT,
                    OwmConfig.definition(),
                    options,
                    Env.of(Map.of("OPENWEATHER_API_KEY", KEY, "SLEEP_TIME", "soon")),
                    (runtime, config) -> 0);
            assertThat(code).isEqualTo(ProducerMain.EXIT_CONFIG);
            assertThat(logs.lines())
                    .singleElement()
                    .asString()
                    .contains("configuration error: Invalid SLEEP_TIME='soon': is not an integer");
            assertThat(logs.text()).doesNotContain(KEY);
        }
    }
}
