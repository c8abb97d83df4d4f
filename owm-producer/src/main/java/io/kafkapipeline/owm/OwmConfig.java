package io.kafkapipeline.owm;

import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Range;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.http.HttpConfig;
import io.kafkapipeline.common.kafka.KafkaConfig;
import io.kafkapipeline.common.runtime.RuntimeConfig;
import io.kafkapipeline.common.source.SourceConfig;
import java.net.URI;
import java.util.List;

/** Settings of the OpenWeatherMap producer (plus the shared Kafka, HTTP, runtime and SOURCE keys). */
public final class OwmConfig {
    public static final String COMPONENT = "owm-producer";

    public static final ConfigKey<String> API_KEY = ConfigKey.secret(
            "OPENWEATHER_API_KEY",
            "OpenWeatherMap API key, sent as the `appid` query parameter and redacted from every log line."
                    + " Unset: SOURCE=auto replays the bundled recordings.");
    public static final ConfigKey<URI> BASE_URL = ConfigKey.url(
            "OWM_BASE_URL",
            "https://api.openweathermap.org",
            "API base URL; `/data/2.5/weather` is appended (point it at a mirror or a test server).");
    public static final ConfigKey<List<String>> CITIES = ConfigKey.list(
            "OWM_CITIES",
            "Hanoi,Ho Chi Minh City",
            "Comma-separated city names, sent as `q`; each name is also the `location` column.");
    public static final ConfigKey<Units> UNITS =
            ConfigKey.choice("OWM_UNITS", Units.METRIC, Units.class, "Units of temperatures and wind speed.");
    public static final ConfigKey<String> LANG = ConfigKey.optionalString(
            "OWM_LANG", "Language of `description` (e.g. `vi`); unset = the API's default, English.");
    public static final ConfigKey<Integer> INTERVAL_S =
            RuntimeConfig.sleepTime(60, "Seconds between polls of all cities (the seed's name).");
    public static final ConfigKey<Integer> MAX_CALLS_PER_MINUTE = ConfigKey.integer(
            "OWM_MAX_CALLS_PER_MINUTE",
            60,
            Range.between(1, 3_000),
            "Upper bound on API calls per minute, retries included (free plan: 60).");

    private OwmConfig() {}

    public static ConfigDef definition() {
        return new ConfigDef()
                .define(API_KEY, BASE_URL, CITIES, UNITS, LANG, INTERVAL_S, MAX_CALLS_PER_MINUTE)
                .include(SourceConfig.definition())
                .include(KafkaConfig.definition(WeatherReport.TOPIC))
                .include(HttpConfig.definition())
                .include(RuntimeConfig.definition());
    }
}
