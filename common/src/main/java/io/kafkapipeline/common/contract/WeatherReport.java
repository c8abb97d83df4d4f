package io.kafkapipeline.common.contract;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.kafkapipeline.common.json.MalformedDataException;
import java.time.Instant;
import java.util.Objects;

/** One OpenWeatherMap observation; topic {@value #TOPIC}, table {@code kafkapipeline.weatherreport}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WeatherReport(
        String location,
        Instant forecastdate,
        String description,
        double temp,
        double feelsLike,
        double tempMin,
        double tempMax,
        int pressure,
        int humidity,
        double wind,
        Instant sunrise,
        Instant sunset)
        implements TableRecord {

    public static final String TOPIC = "weather";
    public static final String TABLE = "weatherreport";
    public static final RecordType<WeatherReport> TYPE = new RecordType<>(TOPIC, TABLE, WeatherReport.class);

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
        return TYPE.parse(json);
    }
}
