package io.kafkapipeline.bench.report;

import io.kafkapipeline.bench.stats.Stats;
import java.util.List;

/**
 * One reported figure: the median of its trials. {@code stage} groups figures in the report, {@code name} says what
 * was measured (unique within the stage), {@code detail} the settings it was measured with.
 */
public record Figure(String stage, String name, String unit, List<Double> trials, String detail) {

    public Figure {
        trials = List.copyOf(trials);
        if (trials.isEmpty()) {
            throw new IllegalArgumentException("figure " + name + " has no trials");
        }
    }

    public double median() {
        return Stats.median(trials);
    }
}
