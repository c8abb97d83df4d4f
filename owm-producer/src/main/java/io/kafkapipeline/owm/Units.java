package io.kafkapipeline.owm;

import java.util.Locale;

/** OpenWeatherMap {@code units}: temperatures in K, °C or °F; wind in m/s, m/s or mph. */
public enum Units {
    STANDARD,
    METRIC,
    IMPERIAL;

    private static final double ZERO_CELSIUS = 273.15;
    private static final double MPH_PER_MPS = 2.2369362920544;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A temperature given in {@code from} units, expressed in these units (2 decimals, like the API). */
    public double temperatureFrom(Units from, double value) {
        double kelvin;
        switch (from) {
            case METRIC:
                kelvin = value + ZERO_CELSIUS;
                break;
            case IMPERIAL:
                kelvin = (value - 32) * 5 / 9 + ZERO_CELSIUS;
                break;
            default:
                kelvin = value;
        }
        switch (this) {
            case METRIC:
                return round(kelvin - ZERO_CELSIUS);
            case IMPERIAL:
                return round((kelvin - ZERO_CELSIUS) * 9 / 5 + 32);
            default:
                return round(kelvin);
        }
    }

    /** A wind speed given in {@code from} units, expressed in these units. */
    public double speedFrom(Units from, double value) {
        double mps = from == IMPERIAL ? value / MPH_PER_MPS : value;
        return round(this == IMPERIAL ? mps * MPH_PER_MPS : mps);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
