package io.kafkapipeline.bench.report;

import java.util.Locale;

/** Number formatting for the report: thousands separators, fewer decimals for bigger numbers. */
public final class Numbers {

    private Numbers() {}

    public static String format(double v) {
        double abs = Math.abs(v);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
