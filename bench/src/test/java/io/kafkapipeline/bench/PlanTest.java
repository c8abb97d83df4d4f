package io.kafkapipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanTest {

    @Test
    void everyTrialWindowIsLongEnoughToDecideOn() {
        for (Plan plan : new Plan[] {Plan.quick(), Plan.full()}) {
            assertThat(plan.sinkWindow().toSeconds()).as(plan.mode()).isGreaterThanOrEqualTo(Plan.MIN_TRIAL_SECONDS);
            assertThat(plan.latencyDuration().toSeconds()).as(plan.mode()).isGreaterThanOrEqualTo(10);
            assertThat(plan.trials()).as(plan.mode()).isGreaterThanOrEqualTo(3);
        }
    }
}
