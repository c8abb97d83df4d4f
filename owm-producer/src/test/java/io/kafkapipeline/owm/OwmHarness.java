package io.kafkapipeline.owm;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import io.kafkapipeline.common.testing.RecordingSleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** A poller wired to a MockProducer, a recording sleeper and a fixed clock. */
final class OwmHarness {
    static final String KEY = "FAKE-OWM-KEY-4f1c9e2b7d";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:34:56Z"), ZoneOffset.UTC);

    final MockProducer<String, String> producer =
            new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
    final RecordingSleeper sleeper = new RecordingSleeper();
    final ProducerRuntime runtime;
    final WeatherPoller poller;

    OwmHarness(Map<String, String> env) {
        Map<String, String> all =
                new HashMap<>(Map.of("HTTP_READ_TIMEOUT_MS", "1500", "HTTP_BACKOFF_INITIAL_MS", "10"));
        all.putAll(env);
        ConfigDef def = OwmConfig.definition();
        Config config = def.parse(Env.of(all));
        runtime = new ProducerRuntime(OwmConfig.COMPONENT, def, config, producer);
        poller = OwmApp.poller(runtime, config, sleeper, CLOCK);
    }

    static OwmHarness live(String baseUrl, String cities) {
        return new OwmHarness(
                Map.of("SOURCE", "live", "OWM_BASE_URL", baseUrl, "OPENWEATHER_API_KEY", KEY, "OWM_CITIES", cities));
    }

    /** A poller whose live API cannot be reached (nothing listens there), plus {@code env}. */
    static OwmHarness unreachable(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(Map.of(
                "OPENWEATHER_API_KEY",
                KEY,
                "OWM_BASE_URL",
                "http://127.0.0.1:1",
                "HTTP_MAX_RETRIES",
                "1",
                "OWM_CITIES",
                "Hanoi"));
        all.putAll(env);
        return new OwmHarness(all);
    }

    /** The report of the Moscow recording (metric units, Russian description) at these times. */
    static WeatherReport moscow(Instant observed, Instant sunrise, Instant sunset) {
        return new WeatherReport("Moscow", observed, "ясно", 12.0, 7.15, 12.0, 12.0, 1014, 27, 3.0, sunrise, sunset);
    }

    List<WeatherReport> published() throws MalformedDataException {
        List<WeatherReport> reports = new ArrayList<>();
        for (ProducerRecord<String, String> record : producer.history()) {
            WeatherReport report = WeatherReport.fromJson(record.value());
            if (!record.key().equals(report.key()) || !record.topic().equals("weather")) {
                throw new AssertionError("bad key or topic: " + record);
            }
            reports.add(report);
        }
        return reports;
    }

    static String fixture(String path) {
        try (InputStream in = OwmHarness.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String recording(String file) {
        return fixture(WeatherRecordings.FOLDER + file);
    }

    static final String HANOI = recording("weather_hanoi_q-Ha-Noi_standard_2021-10-07.json");
    static final String HCMC = recording("weather_hochiminh_q-Ho-Chi-Minh_standard_2021-10-07.json");
    static final String MOSCOW = recording("weather_moscow_id-524901_metric_lang-ru_2020-05-01.json");
}
