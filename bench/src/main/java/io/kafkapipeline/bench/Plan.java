package io.kafkapipeline.bench;

import java.time.Duration;
import java.util.List;

/**
 * How much each stage does. Sink and baseline trials are timed windows: each method writes for {@code sinkWindow}
 * (after {@code sinkLead} of ramp-up for the sink), so every trial writes for at least 10 s whatever the machine's
 * speed or load; the records prepared ({@code maxSinkRecords}) only bound the fastest rate that can be measured.
 *
 * @param sinkLead writing left out at the start of a sink trial (task start, first fetches, driver warm-up)
 * @param sinkWindow writing time measured per sink and baseline trial
 * @param maxSinkRecords records prepared per table (topic and baselines); a trial that writes them all sooner ends
 *     there
 * @param sweepWindow writing time of each in-flight limit tried for baseline A
 */
public record Plan(
        String mode,
        int trials,
        int startupTrials,
        Duration sinkLead,
        Duration sinkWindow,
        int maxSinkRecords,
        List<Integer> directConcurrencies,
        Duration sweepWindow,
        List<Integer> latencyRates,
        Duration latencyDuration,
        int producerRecords,
        boolean producerLingerVariants,
        List<int[]> scaling,
        Duration sinkTimeout,
        int classifierRecords) {

    /** Shortest writing time of a trial the report accepts without a warning. */
    public static final int MIN_TRIAL_SECONDS = 10;

    /**
     * Windows of 12 s, 3 trials per figure, latency at 100 and 1,000 records/s for 10 s, 1 and 4 tasks, 50k posts
     * through the classifier.
     */
    public static Plan quick() {
        return new Plan(
                "quick",
                3,
                1,
                Duration.ofSeconds(3),
                Duration.ofSeconds(12),
                200_000,
                List.of(64, 512),
                Duration.ofSeconds(3),
                List.of(100, 1_000),
                Duration.ofSeconds(10),
                50_000,
                false,
                List.of(new int[] {3, 1}, new int[] {3, 4}),
                Duration.ofSeconds(300),
                50_000);
    }

    /** Windows of 30 s, latency at 100, 1,000 and 5,000 records/s for 20 s, 1, 2 and 4 tasks, 200k posts classified. */
    public static Plan full() {
        return new Plan(
                "full",
                3,
                2,
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                600_000,
                List.of(64, 512, 1024),
                Duration.ofSeconds(5),
                List.of(100, 1_000, 5_000),
                Duration.ofSeconds(20),
                500_000,
                false,
                List.of(new int[] {3, 1}, new int[] {3, 2}, new int[] {3, 4}),
                Duration.ofSeconds(900),
                200_000);
    }
}
