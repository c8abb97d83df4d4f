package io.kafkapipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanTest {

    @Test
    void trialsAreSizedForTheWritingTimeInWholeThousandsWithinTheProbeAndTheCap() {
        Plan quick = Plan.quick();

        assertThat(quick.recordsFor(4_321)).isEqualTo(57_000);
        assertThat(quick.recordsFor(10)).isEqualTo(quick.probeRecords());
        assertThat(quick.recordsFor(1e9)).isEqualTo(quick.maxSinkRecords());
        assertThat(quick.sinkSeconds()).isGreaterThanOrEqualTo(Plan.MIN_TRIAL_SECONDS);
    }
}
