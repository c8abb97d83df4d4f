package io.kafkapipeline.bench.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Median and percentiles of measured values (nearest-rank percentiles; the median averages the two middle values). */
public final class Stats {

    private Stats() {}

    /** The median; the mean of the two middle values for an even count. */
    public static double median(Collection<Double> values) {
        List<Double> sorted = sorted(values);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /**
     * The nearest-rank percentile: the smallest value with at least {@code p} percent of the values at or below it.
     * {@code percentile(v, 100)} is the maximum, {@code percentile(v, 0)} the minimum.
     */
    public static double percentile(Collection<Double> values, double p) {
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be within 0..100, was " + p);
        }
        List<Double> sorted = sorted(values);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    public static double max(Collection<Double> values) {
        return sorted(values).get(values.size() - 1);
    }

    private static List<Double> sorted(Collection<Double> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
