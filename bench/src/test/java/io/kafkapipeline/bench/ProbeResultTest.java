package io.kafkapipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProbeResultTest {

    @Test
    void theLineSaysRecordsSecondsRateAndTheProbesOwnCounts() {
        assertThat(ProbeResult.line(5_000, 2_000_000_000L, "failed=0"))
                .isEqualTo("RESULT records=5000 seconds=2.000 rate=2500.0 failed=0");
    }

    @Test
    void theStageReadsTheRateBackFromTheProbesOutput() {
        String output = "[main] INFO something\n" + ProbeResult.line(1_234, 500_000_000L, "classified=1200") + "\n";

        assertThat(ProbeResult.rate(output)).hasValue(2468.0);
    }

    @Test
    void outputWithoutAResultLineHasNoRate() {
        assertThat(ProbeResult.rate("Exception in thread \"main\" java.lang.OutOfMemoryError"))
                .isEmpty();
    }
}
