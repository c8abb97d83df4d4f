package io.kafkapipeline.kafka.sink.inflight;

import io.kafkapipeline.kafka.sink.engine.Outcome;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Where the outcomes of a task's writes arrive (from driver threads) until the task's own thread takes them; knows
 * how many submitted records have not answered yet and lets the task wait for them.
 */
public final class OutcomeInbox implements Consumer<Outcome> {

    private final Queue<Outcome> arrived = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();
    private int unanswered;

    /** Called before submitting {@code records} records: that many outcomes are to come. */
    public void expect(int records) {
        synchronized (lock) {
            unanswered += records;
        }
    }

    @Override
    public void accept(Outcome outcome) {
        arrived.add(outcome);
        synchronized (lock) {
            unanswered--;
            if (unanswered <= 0) {
                lock.notifyAll();
            }
        }
    }

    /** Records submitted whose outcome has not arrived. */
    public int unanswered() {
        synchronized (lock) {
            return unanswered;
        }
    }

    /** Waits until every submitted record has answered, at most {@code timeoutMs}; true if they all have. */
    public boolean awaitAll(long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        synchronized (lock) {
            while (unanswered > 0) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                lock.wait(left);
            }
            return true;
        }
    }

    /** Hands every outcome that arrived so far to {@code handler}, in arrival order. */
    public void drain(Consumer<Outcome> handler) {
        for (Outcome outcome = arrived.poll(); outcome != null; outcome = arrived.poll()) {
            handler.accept(outcome);
        }
    }
}
