package io.kafkapipeline.kafka.sink.inflight;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.kafka.sink.TestRecords;
import io.kafkapipeline.kafka.sink.engine.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutcomeInboxTest {

    private final OutcomeInbox inbox = new OutcomeInbox();

    @Test
    void waitingEndsWhenTheLastExpectedOutcomeArrivesFromAnotherThread() throws Exception {
        inbox.expect(2);
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
            try {
                return inbox.awaitAll(10_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        inbox.accept(Outcome.written(TestRecords.weather(1)));
        assertThat(inbox.unanswered()).isEqualTo(1);
        CompletableFuture.runAsync(() -> inbox.accept(Outcome.written(TestRecords.weather(2))));

        assertThat(waited.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void waitingGivesUpAfterTheTimeout() throws Exception {
        inbox.expect(1);

        assertThat(inbox.awaitAll(50)).isFalse();
    }

    @Test
    void drainHandsOverOutcomesInArrivalOrderOnce() {
        inbox.expect(2);
        inbox.accept(Outcome.written(TestRecords.weather(2)));
        inbox.accept(Outcome.written(TestRecords.weather(1)));
        List<Long> seen = new ArrayList<>();

        inbox.drain(o -> seen.add(o.record().kafkaOffset()));
        inbox.drain(o -> seen.add(-1L));

        assertThat(seen).containsExactly(2L, 1L);
        assertThat(inbox.unanswered()).isZero();
    }

    @Test
    void nothingExpectedMeansNothingToWaitFor() throws Exception {
        assertThat(inbox.awaitAll(0)).isTrue();
    }
}
