package io.kafkapipeline.consumers.format;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * The two lines a consumer prints besides records, both {@code key=value} so scripts can parse them:
 * <pre>
 * invalid topic=weather partition=0 offset=17 reason=missing required column 'forecastdate'
 * summary topic=weather records=125 valid=123 invalid=2 rate=12.5/s lag=0
 * </pre>
 * The summary printed at exit adds {@code end=max-reached|caught-up|stopped}. An unknown lag shows as {@code ?}.
 */
public final class StatusLines {

    private StatusLines() {}

    public static String invalid(String topic, int partition, long offset, String reason) {
        return "invalid topic=" + topic + " partition=" + partition + " offset=" + offset + " reason="
                + Text.oneLine(reason);
    }

    /** {@code end} is null for the periodic summary. */
    public static String summary(
            String topic, long valid, long invalid, double ratePerSecond, OptionalLong lag, String end) {
        String line = "summary topic=" + topic + " records=" + (valid + invalid) + " valid=" + valid + " invalid="
                + invalid + " rate=" + String.format(Locale.ROOT, "%.1f", ratePerSecond) + "/s lag="
                + (lag.isPresent() ? Long.toString(lag.getAsLong()) : Text.UNKNOWN);
        return end == null ? line : line + " end=" + end;
    }
}
