package io.kafkapipeline.owm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.source.BodySource;
import io.kafkapipeline.common.source.SourceException;
import io.kafkapipeline.owm.WeatherRecordings.Recording;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Serves the bundled recordings instead of the API, re-stamped so every poll makes new rows: the
 * n-th answer for a city has {@code dt} = start (rounded down to the interval) + n x interval;
 * sunrise and sunset move by the same number of whole days; temperatures and wind are converted to
 * the configured units. The result goes through the same {@link WeatherParser} as live bodies.
 */
public final class ReplayWeatherSource implements BodySource {
    private static final long DAY = 86_400;

    private final Units units;
    private final long intervalSeconds;
    private final long startEpoch;
    private final Map<String, Integer> answered = new HashMap<>();

    public ReplayWeatherSource(Units units, Duration interval, Clock clock) {
        this.units = units;
        this.intervalSeconds = Math.max(1, interval.toSeconds());
        long now = clock.instant().getEpochSecond();
        this.startEpoch = now - Math.floorMod(now, intervalSeconds);
    }

    @Override
    public synchronized String fetch(String city) throws SourceException {
        Recording recording = WeatherRecordings.forCity(city)
                .orElseThrow(() -> new SourceException(
                        404,
                        "no recorded response for city '" + city + "' (replay has " + WeatherRecordings.cities()
                                + ")"));
        int n = answered.merge(city, 1, Integer::sum) - 1;
        try {
            return restamp(recording, startEpoch + n * intervalSeconds);
        } catch (MalformedDataException e) {
            throw new IllegalStateException("bundled recording " + recording.file() + " is not JSON", e);
        }
    }

    private String restamp(Recording recording, long dt) throws MalformedDataException {
        ObjectNode root = (ObjectNode) Json.readTree(recording.body());
        long recordedDt = root.path("dt").asLong();
        long dayShift = (Math.floorDiv(dt, DAY) - Math.floorDiv(recordedDt, DAY)) * DAY;
        root.put("dt", dt);
        ObjectNode sys = (ObjectNode) root.path("sys");
        sys.put("sunrise", sys.path("sunrise").asLong() + dayShift);
        sys.put("sunset", sys.path("sunset").asLong() + dayShift);
        ObjectNode main = (ObjectNode) root.path("main");
        for (String field : new String[] {"temp", "feels_like", "temp_min", "temp_max"}) {
            main.put(
                    field,
                    units.temperatureFrom(recording.units(), main.path(field).asDouble()));
        }
        ObjectNode wind = (ObjectNode) root.path("wind");
        wind.put("speed", units.speedFrom(recording.units(), wind.path("speed").asDouble()));
        return Json.write(root);
    }

    @Override
    public String describe() {
        return "replay of bundled recordings (" + WeatherRecordings.cities() + "), re-stamped every " + intervalSeconds
                + " s";
    }
}
