package io.kafkapipeline.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.config.Redactor;
import io.kafkapipeline.common.source.FatalSourceException;
import io.kafkapipeline.common.testing.LogCapture;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollLoopTest {
    private final Lifecycle lifecycle = new Lifecycle();
    private final ProgressLog progress = new ProgressLog("test", Redactor.of("k-123"));
    private final PollLoop loop = new PollLoop("test", lifecycle, progress, Redactor.of("k-123"));

    @Test
    void onceRunsOneCycle() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(loop.run(runs::incrementAndGet, Duration.ofHours(1), true)).isEqualTo(PollLoop.EXIT_OK);
        assertThat(runs).hasValue(1);
    }

    @Test
    void fatalStopsWithExitCode2AndOneErrorLine() {
        try (LogCapture logs = LogCapture.start()) {
            int code = loop.run(
                    () -> {
                        throw new FatalSourceException(401, "key k-123 rejected");
                    },
                    Duration.ZERO,
                    false);
            assertThat(code).isEqualTo(PollLoop.EXIT_FATAL);
            assertThat(logs.lines("ERROR")).hasSize(1);
            assertThat(logs.text()).contains("key *** rejected").doesNotContain("k-123");
        }
        assertThat(progress.lastError()).isEqualTo("key *** rejected");
    }

    @Test
    void unexpectedFailuresAreCountedAndTheLoopGoesOnUntilStopped() {
        AtomicInteger runs = new AtomicInteger();
        int code = loop.run(
                () -> {
                    if (runs.incrementAndGet() == 3) {
                        lifecycle.stop();
                    }
                    throw new IllegalStateException("boom");
                },
                Duration.ZERO,
                false);
        assertThat(code).isEqualTo(PollLoop.EXIT_OK);
        assertThat(runs).hasValue(3);
        assertThat(progress.failed()).isEqualTo(3);
        assertThat(progress.line())
                .isEqualTo("test progress: fetched=0 published=0 failed=3" + " last_error=IllegalStateException: boom");
    }

    @Test
    void stopWakesTheIntervalSleep() {
        AtomicInteger runs = new AtomicInteger();
        Thread stopper = new Thread(() -> {
            while (runs.get() == 0) {
                Thread.onSpinWait();
            }
            lifecycle.stop();
        });
        stopper.start();
        assertThat(loop.run(runs::incrementAndGet, Duration.ofDays(1), false)).isEqualTo(PollLoop.EXIT_OK);
        assertThat(runs).hasValue(1);
    }
}
