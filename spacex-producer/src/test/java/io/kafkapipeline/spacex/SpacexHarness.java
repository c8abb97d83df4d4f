package io.kafkapipeline.spacex;

import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.runtime.PollLoop;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import io.kafkapipeline.common.source.FatalSourceException;
import io.kafkapipeline.common.testing.LogCapture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** A poller wired to a MockProducer and a fake clock (waits return at once, recorded). */
final class SpacexHarness {
    /** The 9 upcoming launches of the v4 recording, re-serialized compactly so that tests can edit them as text. */
    static final String UPCOMING = compact(ReplaySpacexSource.read("upcoming_v4_subset_2022-09.json"));

    final MockProducer<String, String> producer;
    final FakeTime time = new FakeTime();
    final ProducerRuntime runtime;
    final PollLoop.Cycle poller;

    SpacexHarness(Map<String, String> env, boolean autoComplete) {
        producer = new MockProducer<>(autoComplete, null, new StringSerializer(), new StringSerializer());
        Map<String, String> all =
                new HashMap<>(Map.of("HTTP_READ_TIMEOUT_MS", "1500", "HTTP_BACKOFF_INITIAL_MS", "10"));
        all.putAll(env);
        ConfigDef def = SpacexConfig.definition();
        var config = def.parse(Env.of(all));
        runtime = new ProducerRuntime(SpacexConfig.COMPONENT, def, config, producer);
        poller = SpacexApp.poller(runtime, config, time, time);
    }

    static SpacexHarness live(String baseUrl, String launches) {
        return new SpacexHarness(
                Map.of("SOURCE", "live", "SPACEX_BASE_URL", baseUrl, "SPACEX_LAUNCHES", launches), true);
    }

    /** SPACEX_API=ll2 against {@code baseUrl} (an LL2 root with its version), live, plus more settings. */
    static SpacexHarness ll2(String baseUrl, String... more) {
        Map<String, String> env = new HashMap<>(Map.of("SPACEX_API", "ll2", "SOURCE", "live", "LL2_BASE_URL", baseUrl));
        for (int i = 0; i + 1 < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return new SpacexHarness(env, true);
    }

    /** {@code times} polls in a row. */
    void poll(int times) throws FatalSourceException, InterruptedException {
        for (int i = 0; i < times; i++) {
            poller.run();
        }
    }

    /** The WARN lines that {@code times} polls in a row log. */
    List<String> pollWarnings(int times) throws Exception {
        return LogCapture.linesDuring("WARN", () -> poll(times));
    }

    List<SpacexLaunch> published() throws MalformedDataException {
        List<SpacexLaunch> launches = new ArrayList<>();
        for (ProducerRecord<String, String> record : producer.history()) {
            SpacexLaunch launch = SpacexLaunch.fromJson(record.value());
            if (!record.key().equals(launch.launchId()) || !record.topic().equals("spacex")) {
                throw new AssertionError("bad key or topic: " + record);
            }
            launches.add(launch);
        }
        return launches;
    }

    static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).body(body).build();
    }

    /** Serves the bundled dumps by path; overrides replace single paths. */
    static Dispatcher dumps(Map<String, MockResponse> overrides) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                MockResponse override = overrides.get(path);
                if (override != null) {
                    return override;
                }
                try {
                    return ok(new ReplaySpacexSource().fetch(path));
                } catch (Exception e) {
                    return new MockResponse.Builder()
                            .code(404)
                            .body("Not Found")
                            .build();
                }
            }
        };
    }

    /**
     * Answers the first {@code failures} requests for the upcoming launches with {@code failure}, every other request
     * as {@link #dumps} does.
     */
    static Dispatcher failingFirst(int failures, MockResponse failure) {
        AtomicInteger seen = new AtomicInteger();
        Dispatcher dumps = dumps(Map.of());
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                boolean launches = request.getUrl().encodedPath().equals("/v4/launches/upcoming");
                return launches && seen.incrementAndGet() <= failures ? failure : dumps.dispatch(request);
            }
        };
    }

    private static String compact(String json) {
        try {
            return Json.write(Json.readTree(json));
        } catch (MalformedDataException e) {
            throw new IllegalStateException(e);
        }
    }
}
