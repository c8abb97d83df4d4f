package io.kafkapipeline.kafka.sink.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SessionRecyclerTest {

    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void restartsOnlyAfterNoNodeWasUpForTheWholeWindow() {
        SessionRecycler recycler = new SessionRecycler(60_000, now::get);

        assertThat(recycler.shouldRestart(false)).isFalse();
        now.addAndGet(59_999);
        assertThat(recycler.shouldRestart(false)).isFalse();
        now.addAndGet(1);
        assertThat(recycler.shouldRestart(false)).isTrue();
        assertThat(recycler.shouldRestart(false)).isFalse();
    }

    @Test
    void aNodeUpOrASuccessResetsTheWindow() {
        SessionRecycler recycler = new SessionRecycler(10, now::get);

        recycler.shouldRestart(false);
        now.addAndGet(20);
        assertThat(recycler.shouldRestart(true)).isFalse();
        assertThat(recycler.shouldRestart(false)).isFalse();
        recycler.onSuccess();
        now.addAndGet(5);
        assertThat(recycler.shouldRestart(false)).isFalse();
    }

    @Test
    void zeroRestartsAtOnce() {
        assertThat(new SessionRecycler(0, now::get).shouldRestart(false)).isTrue();
    }
}
