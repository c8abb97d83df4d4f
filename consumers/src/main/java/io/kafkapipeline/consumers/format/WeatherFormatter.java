package io.kafkapipeline.consumers.format;

import io.kafkapipeline.common.contract.WeatherReport;

/**
 * {@code weather Hanoi 2026-11-28T04:00Z 24.1°C 78% "light rain"}: location, observation time (UTC), temperature,
 * humidity, description. Temperatures are shown as °C, the producer's default (metric) units.
 */
public final class WeatherFormatter implements RecordFormatter<WeatherReport> {

    @Override
    public String line(WeatherReport r) {
        return "weather " + Text.word(r.location()) + " " + Text.instant(r.forecastdate()) + " "
                + Text.oneDecimal(r.temp()) + "°C " + r.humidity() + "% " + Text.quoted(r.description());
    }
}
