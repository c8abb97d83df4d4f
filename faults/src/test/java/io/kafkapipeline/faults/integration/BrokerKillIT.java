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
 * R3: on the 3-node KRaft cluster (every node broker and controller), the leader of partition 0 of a topic with
 * replication factor 3 and min.insync.replicas 2 is SIGKILLed mid-stream. The producer (acks=all, idempotent) moves
 * to the new leaders; nothing it was told is written is lost, nothing is written twice.
 */
@ExtendWith({LocalStackExtension.class, FaultSummary.class})
class BrokerKillIT {

    private static final Logger log = LoggerFactory.getLogger(BrokerKillIT.class);
    private static final int RATE = 500;
    private static final int RECORDS = 6_000;

    @Test
    void oneOfThreeBrokersDiesAndNoAcknowledgedRecordIsLost(LocalStack stack) throws Exception {
        assertThat(stack.brokers())
                .as("Kafka nodes of this module's stack (KAFKA_BROKERS=3)")
                .hasSize(3);
        try (FakerFlow flow = FakerFlow.create(stack, "r3")) {
            int victim = Topics.leaderOfPartitionZero(stack, flow.topic());
            try {
                ServiceNode producer = flow.startProducer(RATE, RECORDS, 301);
                long acked;
                try {
                    FakerFlow.awaitPublished(producer, 3_000);
                    log.info("R3: SIGKILL Kafka node {} (leader of {}-0)", victim, flow.topic());
                    stack.killBroker(victim);
                    acked = FakerFlow.awaitFinished(producer);
                } finally {
                    producer.stop();
                }
                assertThat(acked).as("records acknowledged to the producer").isEqualTo(RECORDS);
                assertThat(Topics.leaderOfPartitionZero(stack, flow.topic()))
                        .as("new leader of partition 0")
                        .isNotEqualTo(victim);
                flow.awaitRows(RECORDS);
                FaultRow row = flow.measure("R3 1 of 3 Kafka nodes SIGKILL (RF 3, min ISR 2)", acked);
                assertThat(row.distinct())
                        .as("acknowledged records in the topic")
                        .isEqualTo(acked);
                assertThat(row.duplicates())
                        .as("records written twice (idempotent producer)")
                        .isZero();
                assertThat(row.lost()).as("acknowledged records without a row").isZero();
            } finally {
                stack.startBroker(victim);
            }
        }
    }
}
