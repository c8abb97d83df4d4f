package io.kafkapipeline.faults.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import io.kafkapipeline.stack.node.ServiceNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R1: Cassandra is SIGKILLed while the faker producer streams at 500 records/s or more (measured between its last two
 * progress lines), and restarted 20 s later.
 */
@ExtendWith({LocalStackExtension.class, FaultSummary.class})
class CassandraKillIT {

    private static final Logger log = LoggerFactory.getLogger(CassandraKillIT.class);
    /** The producer's target: the test needs at least {@link #MIN_RATE} when Cassandra dies (the limiter may lag). */
    private static final int RATE = 600;

    private static final int MIN_RATE = 500;
    private static final int RECORDS = 8_000;

    @Test
    void everyAcknowledgedRecordBecomesOneRow(LocalStack stack) throws Exception {
        try (FakerFlow flow = FakerFlow.create(stack, "r1")) {
            ServiceNode producer = flow.startProducer(RATE, RECORDS, 101);
            double rate;
            try {
                FakerFlow.awaitPublished(producer, 1_000);
                rate = FakerFlow.awaitRate(producer, MIN_RATE);
                log.info("R1: SIGKILL Cassandra, the producer acknowledging {} records/s", Math.round(rate));
                stack.killCassandra();
                Thread.sleep(20_000);
                log.info("R1: starting Cassandra again");
                stack.startCassandra();
                long acked = FakerFlow.awaitFinished(producer);
                assertThat(acked).as("records acknowledged to the producer").isEqualTo(RECORDS);
            } finally {
                producer.stop();
            }
            flow.awaitRows(RECORDS);
            FaultRow row =
                    flow.measure("R1 Cassandra SIGKILL at " + Math.round(rate) + " rec/s, back 20 s later", RECORDS);
            assertThat(row.distinct()).as("distinct keys in the topic").isEqualTo(RECORDS);
            assertThat(row.lost()).as("acknowledged records without a row").isZero();
            assertThat(flow.rowCount()).as("rows (no extra rows)").isEqualTo(RECORDS);
            assertThat(row.dlq()).as("dead letters").isZero();
        }
    }
}
