package io.kafkapipeline.stack.status;

import java.util.List;

/**
 * The stage before a flow's topic: a stream application (e.g. the sentiment classifier) reading {@code topic} with
 * its consumer group and writing {@code outputTopic}, the flow's topic. A count of -1 means "could not be read" (the
 * reason is in the flow's problems).
 *
 * @param name the application's service name (e.g. {@code classifier})
 * @param topic the topic it reads
 * @param produced records in {@code topic}
 * @param group its consumer group (Kafka Streams' application.id)
 * @param lag records of {@code topic} the group has not committed yet
 * @param state the state of its process when the local stack runs it ({@code up}, {@code down}); else the state of
 *     its consumer group as Kafka names it ({@code STABLE} while it consumes, {@code EMPTY}, {@code DEAD} when there
 *     is no such group), or {@code UNKNOWN}
 * @param dlqTopic where the records it cannot read go
 * @param deadLetters committed records in {@code dlqTopic}
 * @param outputTopic the topic it writes
 */
public record StageStatus(
        String name,
        String topic,
        long produced,
        String group,
        long lag,
        String state,
        String dlqTopic,
        long deadLetters,
        String outputTopic) {

    /** The same with the state of its process in the local stack, when the stack has one of that name. */
    StageStatus withProcessState(List<ProcessStatus> processes) {
        return processes.stream()
                .filter(p -> p.process().equals(name))
                .findFirst()
                .map(p -> new StageStatus(
                        name, topic, produced, group, lag, p.state(), dlqTopic, deadLetters, outputTopic))
                .orElse(this);
    }
}
