package io.kafkapipeline.common.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One OpenWeatherMap observation; topic {@value #TOPIC}, table {@code kafkapipeline.weatherreport}. */
@JsonPropertyOrder({
    "location",
    "forecastdate",
    "description",
    "temp",
    "feels_like",
    "temp_min",
    "temp_max",
    "pressure",
    "humidity",
    "wind",
    "sunrise",
    "sunset"
})
public record WeatherReport(
        @JsonProperty("location") String location,
        @JsonProperty("forecastdate") Instant forecastdate,
        @JsonProperty("description") String description,
        @JsonProperty("temp") double temp,
        @JsonProperty("feels_like") double feelsLike,
        @JsonProperty("temp_min") double tempMin,
        @JsonProperty("temp_max") double tempMax,
        @JsonProperty("pressure") int pressure,
        @JsonProperty("humidity") int humidity,
        @JsonProperty("wind") double wind,
        @JsonProperty("sunrise") Instant sunrise,
        @JsonProperty("sunset") Instant sunset)
        implements TableRecord {

    public static final String TOPIC = "weather";
    public static final String TABLE = "weatherreport";
    public static final List<String> COLUMNS = List.of(
            "location",
            "forecastdate",
            "description",
            "temp",
            "feels_like",
            "temp_min",
            "temp_max",
            "pressure",
            "humidity",
            "wind",
            "sunrise",
            "sunset");
    public static final List<String> PRIMARY_KEY = List.of("location", "forecastdate");

    public WeatherReport {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(forecastdate, "forecastdate");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sunrise, "sunrise");
        Objects.requireNonNull(sunset, "sunset");
    }

    /** {@code <location>|<forecastdate>}, e.g. {@code Hanoi|2021-10-07T09:53:32Z}. */
    @Override
    public String key() {
        return location + "|" + forecastdate;
    }

    public static WeatherReport fromJson(String json) throws MalformedDataException {
        return Json.readRecord(json, WeatherReport.class);
    }
}
