package io.kafkapipeline.kafka.sink.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import io.kafkapipeline.kafka.sink.TestRecords;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AsyncWriterTest {

    /** A request sent and the answer it will get. */
    private record Sent(Statement<?> statement, CompletableFuture<Void> answer) {
        int size() {
            return statement instanceof BatchStatement ? ((BatchStatement) statement).size() : 1;
        }
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final List<String> counted = new CopyOnWriteArrayList<>();
    private final Semaphore permits = new Semaphore(2);
    private final AsyncWriter writer = new AsyncWriter(
            this::execute,
            permits,
            3,
            false,
            (w, cause) -> counted.add(w.table() + (cause == null ? " ok" : " failed")));

    private CompletionStage<?> execute(Statement<?> statement) {
        CompletableFuture<Void> answer = new CompletableFuture<>();
        sent.add(new Sent(statement, answer));
        return answer;
    }

    private TableWrite write(long offset, String partitionKey) {
        RecordWrite record = new RecordWrite(TestRecords.weather(offset), 1, outcomes::add);
        return table(record, "ks.t", partitionKey, "INSERT " + offset);
    }

    private static TableWrite table(RecordWrite record, String table, String partitionKey, String cql) {
        SimpleStatement statement = SimpleStatement.newInstance(cql)
                .setRoutingKey(ByteBuffer.wrap(partitionKey.getBytes(StandardCharsets.UTF_8)));
        return new TableWrite(record, "weather", table, statement, cql);
    }

    @Test
    void statementsOfOnePartitionKeyShareABatchOfAtMostTheLimit() {
        permits.release(10);

        writer.write(List.of(write(1, "a"), write(2, "b"), write(3, "a"), write(4, "a"), write(5, "a"), write(6, "b")));

        assertThat(sent).extracting(Sent::size).containsExactly(3, 2, 1);
        assertThat(sent.get(0).statement()).isInstanceOf(BatchStatement.class);
    }

    @Test
    void acrossPartitionKeysStatementsOfOneTableShareBatchesUpToTheLimit() {
        permits.release(10);
        AsyncWriter across = new AsyncWriter(this::execute, permits, 3, true, (w, cause) -> {});

        across.write(List.of(write(1, "a"), write(2, "b"), write(3, "c"), write(4, "d")));

        assertThat(sent).extracting(Sent::size).containsExactly(3, 1);
    }

    @Test
    void noMoreRequestsThanPermitsAreInFlight() throws Exception {
        CompletableFuture<Void> writing =
                CompletableFuture.runAsync(() -> writer.write(List.of(write(1, "a"), write(2, "b"), write(3, "c"))));

        org.awaitility.Awaitility.await().until(() -> sent.size() == 2);
        Thread.sleep(100);
        assertThat(sent).hasSize(2);
        sent.get(0).answer().complete(null);
        writing.get(10, TimeUnit.SECONDS);

        assertThat(sent).hasSize(3);
        assertThat(outcomes).extracting(o -> o.record().kafkaOffset()).containsExactly(1L);
    }

    @Test
    void aBatchRejectedByCassandraIsSentAgainStatementByStatementOnTheSamePermit() {
        writer.write(List.of(write(1, "a"), write(2, "a"), write(3, "a")));
        assertThat(permits.availablePermits()).isEqualTo(1);

        sent.get(0).answer().completeExceptionally(new InvalidQueryException(null, "Key may not be empty"));
        assertThat(sent).hasSize(2);
        sent.get(1).answer().complete(null);
        sent.get(2).answer().completeExceptionally(new InvalidQueryException(null, "Key may not be empty"));
        assertThat(permits.availablePermits()).isEqualTo(1);
        sent.get(3).answer().complete(null);

        assertThat(outcomes).extracting(o -> o.record().kafkaOffset()).containsExactly(1L, 2L, 3L);
        assertThat(outcomes).extracting(Outcome::isWritten).containsExactly(true, false, true);
        assertThat(outcomes.get(1).cql()).isEqualTo("INSERT 2");
        assertThat(permits.availablePermits()).isEqualTo(2);
    }

    @Test
    void aBatchThatFailsBecauseCassandraIsUnavailableFailsAllItsRecordsAsTransient() {
        writer.write(List.of(write(1, "a"), write(2, "a")));

        sent.get(0).answer().completeExceptionally(new NoNodeAvailableException());

        assertThat(sent).hasSize(1);
        assertThat(outcomes).hasSize(2).allMatch(Outcome::isTransient);
        assertThat(counted).containsExactly("ks.t failed", "ks.t failed");
        assertThat(permits.availablePermits()).isEqualTo(2);
    }

    @Test
    void aRecordOfSeveralTablesAnswersOnceAllAnsweredAndATransientFailureWins() {
        permits.release(10);
        RecordWrite record = new RecordWrite(TestRecords.weather(1), 3, outcomes::add);
        writer.write(List.of(
                table(record, "ks.a", "k", "INSERT a"),
                table(record, "ks.b", "k", "INSERT b"),
                table(record, "ks.c", "k", "INSERT c")));

        sent.get(0).answer().completeExceptionally(new InvalidQueryException(null, "bad"));
        sent.get(1).answer().completeExceptionally(new NoNodeAvailableException());
        assertThat(outcomes).isEmpty();
        sent.get(2).answer().complete(null);

        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).isTransient()).isTrue();
        assertThat(counted).containsExactly("ks.a failed", "ks.b failed", "ks.c ok");
    }

    @Test
    void aRecordThatMapsToNoTableIsWrittenAtOnce() {
        new RecordWrite(TestRecords.weather(1), 0, outcomes::add);

        assertThat(outcomes).extracting(Outcome::isWritten).containsExactly(true);
    }

    @Test
    void aSendThatThrowsFailsItsRecords() {
        AsyncWriter throwing = new AsyncWriter(
                s -> {
                    throw new IllegalStateException("Session is closed");
                },
                permits,
                3,
                false,
                (w, cause) -> {});
        List<TableWrite> writes = new ArrayList<>(List.of(write(1, "a")));

        throwing.write(writes);

        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).cause()).hasMessage("Session is closed");
        assertThat(permits.availablePermits()).isEqualTo(2);
    }
}
