package io.kafkapipeline.owm;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.json.Fields;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import java.time.Instant;

/**
 * A {@code /data/2.5/weather} body to a {@link WeatherReport}. The location is the configured city,
 * not the API's {@code name}; {@code cod} is ignored (callers branch on the HTTP status). Shared by
 * the live and the replay source.
 */
public final class WeatherParser {

    public WeatherReport parse(String location, String body) throws MalformedDataException {
        JsonNode root = Json.readTree(body);
        if (!root.isObject()) {
            throw new MalformedDataException("expected a JSON object");
        }
        return new WeatherReport(
                location,
                Instant.ofEpochSecond(Fields.integral(root, "dt")),
                Fields.text(root, "weather.0.description"),
                Fields.number(root, "main.temp"),
                Fields.number(root, "main.feels_like"),
                Fields.number(root, "main.temp_min"),
                Fields.number(root, "main.temp_max"),
                Fields.integer(root, "main.pressure"),
                Fields.integer(root, "main.humidity"),
                Fields.number(root, "wind.speed"),
                Instant.ofEpochSecond(Fields.integral(root, "sys.sunrise")),
                Instant.ofEpochSecond(Fields.integral(root, "sys.sunset")));
    }
}
