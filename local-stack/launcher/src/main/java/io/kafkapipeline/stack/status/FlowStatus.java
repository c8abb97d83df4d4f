package io.kafkapipeline.stack.status;

import java.util.List;

/**
 * Where the data of one flow is: records in the topic, the sink's lag, connector and task states, dead letters and
 * rows in the table; and, when a stream application writes the topic, that stage ({@code upstream}, else null). A
 * value of -1 means "could not be read" (the reason is in {@code problems}).
 */
public record FlowStatus(
        String connector,
        String topic,
        long produced,
        long lag,
        String connectorState,
        List<String> taskStates,
        String dlqTopic,
        long deadLetters,
        String table,
        long rows,
        List<String> problems,
        StageStatus upstream) {

    /** The same with the upstream stage's state taken from the local stack's processes. */
    FlowStatus withProcessStates(List<ProcessStatus> processes) {
        if (upstream == null) {
            return this;
        }
        return new FlowStatus(
                connector,
                topic,
                produced,
                lag,
                connectorState,
                taskStates,
                dlqTopic,
                deadLetters,
                table,
                rows,
                problems,
                upstream.withProcessState(processes));
    }
}
