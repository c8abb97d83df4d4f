package io.kafkapipeline.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcCpuTest {

    @Test
    void userAndSystemTicksOfAStatLineAreMilliseconds() {
        String stat = "4242 (java (x) y) S 1 4242 1 0 -1 4194560 9 0 0 0 250 130 0 0 20 0 40 0 100 0 0";

        assertThat(ProcCpu.parse(stat)).isEqualTo(3_800.0);
    }

    @Test
    void thisProcessHasUsedSomeCpu() {
        assertThat(ProcCpu.millis(ProcessHandle.current().pid()).orElse(-1)).isPositive();
    }
}
