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
 * R4: the faker producer (fixed seed, so every run sends the same people in the same order) is stopped with SIGTERM,
 * then killed with SIGKILL, then run to the end. SIGTERM flushes what is in flight; whatever either run had
 * acknowledged is in the topic; the records sent again by the later runs overwrite their rows.
 */
@ExtendWith({LocalStackExtension.class, FaultSummary.class})
class ProducerRestartIT {

    private static final Logger log = LoggerFactory.getLogger(ProducerRestartIT.class);
    private static final int RATE = 500;
    private static final int RECORDS = 4_000;
    private static final long SEED = 401;

    @Test
    void restartsLoseNothingAcknowledgedAndAddNoRow(LocalStack stack) throws Exception {
        try (FakerFlow flow = FakerFlow.create(stack, "r4")) {
            ServiceNode terminated = flow.startProducer(RATE, RECORDS, SEED);
            FakerFlow.awaitPublished(terminated, 1_500);
            terminated.stop();
            long ackedBeforeTerm = FakerFlow.acknowledged(terminated, true);
            log.info("R4: SIGTERM after {} acknowledged records", ackedBeforeTerm);

            ServiceNode killed = flow.startProducer(RATE, RECORDS, SEED);
            FakerFlow.awaitPublished(killed, 1_500);
            killed.jvm().kill();
            long ackedBeforeKill = FakerFlow.lastPublished(killed);
            log.info("R4: SIGKILL; its last progress line said {} acknowledged", ackedBeforeKill);

            ServiceNode complete = flow.startProducer(RATE, RECORDS, SEED);
            assertThat(FakerFlow.awaitFinished(complete)).isEqualTo(RECORDS);

            assertThat(ackedBeforeTerm)
                    .as("records acknowledged before SIGTERM")
                    .isPositive()
                    .isLessThan(RECORDS);
            flow.awaitRows(RECORDS);
            long acked = ackedBeforeTerm + ackedBeforeKill + RECORDS;
            FaultRow row = flow.measure("R4 producer SIGTERM, SIGKILL, rerun (same seed)", acked);
            assertThat(row.distinct() + row.duplicates())
                    .as("records in the topic: at least every acknowledged one")
                    .isGreaterThanOrEqualTo(acked);
            assertThat(row.duplicates())
                    .as("re-sent records")
                    .isGreaterThanOrEqualTo(ackedBeforeTerm + ackedBeforeKill);
            assertThat(row.distinct()).as("distinct people").isEqualTo(RECORDS);
            assertThat(row.lost()).as("acknowledged records without a row").isZero();
            assertThat(flow.rowCount()).as("rows: re-sent records upsert").isEqualTo(RECORDS);
        }
    }
}
