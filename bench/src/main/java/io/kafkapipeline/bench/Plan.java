package io.kafkapipeline.bench;

import java.time.Duration;
import java.util.List;

/** How much each stage does: the quick plan fits in 5 minutes on 2 cores, the full one in 30. */
public record Plan(
        String mode,
        int trials,
        int startupTrials,
        int sinkRecords,
        List<Integer> directConcurrencies,
        List<Integer> latencyRates,
        Duration latencyDuration,
        int producerRecords,
        boolean producerLingerVariants,
        List<int[]> scaling,
        Duration sinkTimeout,
        int classifierRecords) {

    /**
     * 10k rows per sink trial, 3 trials per figure, latency at 100 and 1,000 records/s, 1 and 4 tasks, 50k posts
     * through the classifier.
     */
    public static Plan quick() {
        return new Plan(
                "quick",
                3,
                1,
                10_000,
                List.of(64, 512),
                List.of(100, 1_000),
                Duration.ofSeconds(4),
                50_000,
                false,
                List.of(new int[] {3, 1}, new int[] {3, 4}),
                Duration.ofSeconds(180),
                50_000);
    }

    /** 200k rows per sink trial, latency at 100, 1,000 and 5,000 records/s, 1, 2 and 4 tasks, 200k posts classified. */
    public static Plan full() {
        return new Plan(
                "full",
                3,
                2,
                200_000,
                List.of(256, 1024),
                List.of(100, 1_000, 5_000),
                Duration.ofSeconds(10),
                500_000,
                false,
                List.of(new int[] {3, 1}, new int[] {3, 2}, new int[] {3, 4}),
                Duration.ofSeconds(900),
                200_000);
    }
}
