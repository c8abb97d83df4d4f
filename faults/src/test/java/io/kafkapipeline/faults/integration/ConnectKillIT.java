package io.kafkapipeline.faults.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.FreePorts;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import io.kafkapipeline.stack.node.ConnectWorker;
import io.kafkapipeline.stack.node.ServiceNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R2: the Kafka Connect worker is SIGKILLed mid-stream. Alone, it is restarted and its task resumes from the last
 * committed offsets; with a second worker in the group, the task moves to the survivor. Records delivered again to
 * the sink overwrite their row (same primary key), so no row is added twice.
 */
@ExtendWith({LocalStackExtension.class, FaultSummary.class})
class ConnectKillIT {

    private static final Logger log = LoggerFactory.getLogger(ConnectKillIT.class);
    private static final int RATE = 500;
    private static final int RECORDS = 6_000;

    @Test
    void singleWorkerKilledAndRestartedLosesNothing(LocalStack stack) throws Exception {
        try (FakerFlow flow = FakerFlow.create(stack, "r2a")) {
            ServiceNode producer = flow.startProducer(RATE, RECORDS, 201);
            try {
                FakerFlow.awaitPublished(producer, 2_000);
                log.info("R2a: SIGKILL the Connect worker");
                stack.killConnect();
                Thread.sleep(2_000);
                stack.startConnect();
                assertThat(FakerFlow.awaitFinished(producer)).isEqualTo(RECORDS);
            } finally {
                producer.stop();
            }
            flow.awaitTaskRunning(stack.connectUrl());
            flow.awaitRows(RECORDS);
            FaultRow row = flow.measure("R2a Connect SIGKILL, restart 2 s later (1 worker)", RECORDS);
            assertThat(row.lost()).as("acknowledged records without a row").isZero();
            assertThat(flow.rowCount()).as("rows (no extra rows)").isEqualTo(RECORDS);
        }
    }

    @Test
    void taskMovesToTheSurvivingWorker(LocalStack stack) throws Exception {
        ConnectWorker second = stack.startConnectWorker("connect-2", FreePorts.pick(1)[0]);
        try (FakerFlow flow = FakerFlow.create(stack, "r2b")) {
            String primaryId = "127.0.0.1:" + stack.config().connectPort();
            ServiceNode producer = flow.startProducer(RATE, RECORDS, 202);
            try {
                FakerFlow.awaitPublished(producer, 2_000);
                String holder = flow.awaitTaskRunning(stack.connectUrl());
                boolean primaryHolds = holder.equals(primaryId);
                String survivorUrl = primaryHolds ? second.url() : stack.connectUrl();
                log.info("R2b: task on {}; SIGKILL that worker, survivor {}", holder, survivorUrl);
                if (primaryHolds) {
                    stack.killConnect();
                } else {
                    second.jvm().kill();
                }
                String newHolder = flow.awaitTaskRunning(survivorUrl, holder);
                log.info("R2b: task moved to {}", newHolder);
                assertThat(newHolder)
                        .as("worker running the task after the kill")
                        .isNotEqualTo(holder);
                assertThat(FakerFlow.awaitFinished(producer)).isEqualTo(RECORDS);
                flow.awaitRows(RECORDS);
            } finally {
                producer.stop();
                restartPrimaryIfDead(stack);
            }
            FaultRow row = flow.measure("R2b Connect SIGKILL, task moves to 2nd worker", RECORDS);
            assertThat(row.lost()).as("acknowledged records without a row").isZero();
            assertThat(flow.rowCount()).as("rows (no extra rows)").isEqualTo(RECORDS);
        } finally {
            second.stop();
        }
    }

    private static void restartPrimaryIfDead(LocalStack stack) {
        boolean alive = stack.nodes().stream()
                .filter(n -> n.name().equals("connect"))
                .allMatch(n -> n.jvm().isAlive());
        if (!alive) {
            stack.startConnect();
        }
    }
}
