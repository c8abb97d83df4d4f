package io.kafkapipeline.stack.status;

import io.kafkapipeline.stack.node.StackNode;
import java.time.Duration;
import java.time.Instant;

/**
 * One process of the local stack as {@code ./pipeline status} shows it. {@code port} is 0 for a process without one;
 * {@code pid} and {@code uptimeSeconds} are null when it is down.
 */
public record ProcessStatus(String process, String state, int port, Long pid, Long uptimeSeconds) {

    /** The state of {@code node} now. */
    public static ProcessStatus of(StackNode node) {
        boolean up = node.jvm().isAlive();
        return new ProcessStatus(
                node.name(),
                up ? "up" : "down",
                node.port(),
                node.jvm().pid().orElse(null),
                node.jvm()
                        .startedAt()
                        .map(s -> Duration.between(s, Instant.now()).toSeconds())
                        .orElse(null));
    }

    public boolean running() {
        return "up".equals(state);
    }
}
