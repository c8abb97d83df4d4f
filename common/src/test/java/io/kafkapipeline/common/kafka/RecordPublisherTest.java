package io.kafkapipeline.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.config.Redactor;
import io.kafkapipeline.common.runtime.ProgressLog;
import io.kafkapipeline.common.testing.LogCapture;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RecordPublisherTest {
    private final MockProducer<String, String> producer =
            new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
    private final ProgressLog progress = new ProgressLog("test", Redactor.NONE);
    private final RecordPublisher publisher = new RecordPublisher(producer, "weather", progress, Redactor.NONE);

    @Test
    void sendsKeyAndJsonToTheTopicAndCountsTheAck() {
        CompletableFuture<Void> outcome = publisher.publish("Hanoi|2021-10-07T09:53:32Z", "{\"location\":\"Hanoi\"}");
        assertThat(outcome).isNotDone();
        producer.completeNext();
        assertThat(outcome).isCompleted();
        assertThat(producer.history()).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo("weather");
            assertThat(r.key()).isEqualTo("Hanoi|2021-10-07T09:53:32Z");
            assertThat(r.value()).isEqualTo("{\"location\":\"Hanoi\"}");
        });
        assertThat(progress.published()).isEqualTo(1);
    }

    @Test
    void failedSendIsCountedLoggedAndReported() {
        try (LogCapture logs = LogCapture.start()) {
            CompletableFuture<Void> outcome = publisher.publish("k", "{}");
            producer.errorNext(new TimeoutException("Expiring 1 record(s)"));
            assertThat(outcome).isCompletedExceptionally();
            assertThat(logs.lines("WARN"))
                    .singleElement()
                    .asString()
                    .contains("send to weather failed for key 'k'", "TimeoutException");
        }
        assertThat(progress.failed()).isEqualTo(1);
        assertThat(progress.published()).isZero();
        assertThat(progress.lastError()).contains("Expiring 1 record(s)");
    }

    @Test
    void sendThatThrowsIsCountedToo() {
        producer.close();
        CompletableFuture<Void> outcome = publisher.publish("k", "{}");
        assertThat(outcome).isCompletedExceptionally();
        assertThat(progress.failed()).isEqualTo(1);
    }

    @Test
    void closeFlushes() {
        MockProducer<String, String> auto =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        RecordPublisher p = new RecordPublisher(auto, "t", progress, Redactor.NONE);
        p.publish("a", "{}");
        p.close();
        assertThat(auto.closed()).isTrue();
        assertThat(auto.flushed()).isTrue();
    }
}
