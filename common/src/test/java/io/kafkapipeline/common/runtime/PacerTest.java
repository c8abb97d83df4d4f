package io.kafkapipeline.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacerTest {
    private long now = 1_000_000_000L;
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper sleeper = d -> {
        sleeps.add(d);
        now += d.toNanos();
    };

    @Test
    void spacesSlowRatesExactly() throws Exception {
        Pacer pacer = new Pacer(0.2, false, () -> now, sleeper);
        for (int i = 0; i < 4; i++) {
            pacer.acquire();
        }
        assertThat(sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void highRatesKeepTheAverageWithFewSleeps() throws Exception {
        Pacer pacer = new Pacer(20_000, true, () -> now, sleeper);
        long start = now;
        for (int i = 0; i < 20_000; i++) {
            pacer.acquire();
        }
        long elapsed = now - start;
        assertThat(elapsed).isBetween(990_000_000L, 1_000_000_000L);
        assertThat(sleeps.size()).isLessThan(1_000);
    }

    @Test
    void withoutCatchUpASlowCallerNeverBursts() throws Exception {
        Pacer pacer = new Pacer(1, false, () -> now, sleeper);
        pacer.acquire();
        now += 10_000_000_000L;
        pacer.acquire();
        pacer.acquire();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aHoldDelaysTheNextCallAndTheSpacingGoesOnFromThere() throws Exception {
        Pacer pacer = new Pacer(0.1, false, () -> now, sleeper);
        pacer.acquire();
        pacer.holdFor(Duration.ofSeconds(100));
        pacer.acquire();
        pacer.acquire();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(100), Duration.ofSeconds(10));
    }

    @Test
    void aShortHoldDoesNotShortenTheSpacing() throws Exception {
        Pacer pacer = new Pacer(0.1, false, () -> now, sleeper);
        pacer.acquire();
        pacer.holdFor(Duration.ofSeconds(3));
        pacer.acquire();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void aReleasedSlotIsNotWaitedFor() throws Exception {
        Pacer pacer = new Pacer(0.1, false, () -> now, sleeper);
        pacer.acquire();
        pacer.release();
        pacer.acquire();
        pacer.acquire();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10));
    }
}
