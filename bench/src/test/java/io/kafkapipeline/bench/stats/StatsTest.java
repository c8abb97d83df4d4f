package io.kafkapipeline.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfOddCountIsTheMiddleValue() {
        assertThat(Stats.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
    }

    @Test
    void medianOfEvenCountAveragesTheTwoMiddleValues() {
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    @Test
    void percentilesUseNearestRank() {
        List<Double> values = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            values.add((double) i);
        }
        assertThat(Stats.percentile(values, 50)).isEqualTo(50.0);
        assertThat(Stats.percentile(values, 95)).isEqualTo(95.0);
        assertThat(Stats.percentile(values, 99)).isEqualTo(99.0);
        assertThat(Stats.percentile(values, 100)).isEqualTo(100.0);
        assertThat(Stats.percentile(values, 0)).isEqualTo(1.0);
        assertThat(Stats.max(values)).isEqualTo(100.0);
    }

    @Test
    void percentileOfFewValuesRoundsTheRankUp() {
        assertThat(Stats.percentile(List.of(10.0, 20.0, 30.0), 50)).isEqualTo(20.0);
        assertThat(Stats.percentile(List.of(10.0, 20.0, 30.0), 99)).isEqualTo(30.0);
        assertThat(Stats.percentile(List.of(7.0), 95)).isEqualTo(7.0);
    }

    @Test
    void rejectsNoValuesAndBadPercentiles() {
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(List.of(1.0), 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
