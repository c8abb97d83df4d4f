package io.kafkapipeline.bench.report;

import io.kafkapipeline.bench.stats.Stats;
import java.util.List;

/**
 * One reported figure: the median of its trials, with their spread. {@code stage} groups figures in the report,
 * {@code name} says what was measured (unique within the stage), {@code detail} the settings it was measured with.
 */
public record Figure(String stage, String name, String unit, List<Double> trials, String detail) {

    /** Trials that differ by more than this part of their median are flagged in the report. */
    public static final double DISAGREEMENT = 0.20;

    public Figure {
        trials = List.copyOf(trials);
        if (trials.isEmpty()) {
            throw new IllegalArgumentException("figure " + name + " has no trials");
        }
    }

    public double median() {
        return Stats.median(trials);
    }

    public double min() {
        return Stats.percentile(trials, 0);
    }

    public double max() {
        return Stats.max(trials);
    }

    /** (max − min) / median: 0.25 means the trials span 25 % of the median. */
    public double spread() {
        double median = median();
        return median == 0 ? 0 : (max() - min()) / Math.abs(median);
    }

    /** Whether several trials disagree by more than {@link #DISAGREEMENT}. */
    public boolean disagrees() {
        return trials.size() > 1 && spread() > DISAGREEMENT;
    }
}
