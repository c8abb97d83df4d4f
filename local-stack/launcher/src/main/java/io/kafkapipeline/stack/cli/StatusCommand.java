package io.kafkapipeline.stack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackState;
import io.kafkapipeline.stack.connect.ConnectRest;
import io.kafkapipeline.stack.node.StackNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./pipeline status}: each process (up/down, port, pid, uptime) and each connector with its tasks. */
@Command(name = "status", description = "Show each process of the local stack and each connector.")
final class StatusCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        PrintStream out = System.out;
        StackConfig base = PipelineCli.EnvHolder.config();
        StackConfig config = StackState.running(base).orElse(base);
        LocalStack stack = new LocalStack(config, msg -> { });
        stack.attach();
        out.printf("%-14s %-6s %-6s %-8s %s%n", "PROCESS", "STATE", "PORT", "PID", "UPTIME");
        boolean allUp = true;
        for (StackNode node : stack.nodes()) {
            boolean up = node.jvm().isAlive();
            allUp &= up;
            out.printf("%-14s %-6s %-6d %-8s %s%n", node.displayName(), up ? "up" : "down", node.port(),
                    node.jvm().pid().map(String::valueOf).orElse("-"),
                    node.jvm().startedAt().map(StatusCommand::uptime).orElse("-"));
        }
        ConnectRest rest = new ConnectRest(stack.connectUrl());
        if (rest.isReady()) {
            out.println();
            out.printf("%-14s %-10s %s%n", "CONNECTOR", "STATE", "TASKS");
            for (JsonNode name : rest.connectors()) {
                JsonNode status = rest.status(name.asText());
                if (status == null) {
                    continue;
                }
                StringBuilder tasks = new StringBuilder();
                for (JsonNode task : status.path("tasks")) {
                    tasks.append(task.path("id").asText()).append(':').append(task.path("state").asText()).append(' ');
                }
                out.printf("%-14s %-10s %s%n", name.asText(), status.path("connector").path("state").asText(), tasks);
            }
        }
        out.println();
        out.println("Logs: " + config.stateDir().resolve("logs"));
        return allUp ? 0 : 3;
    }

    private static String uptime(Instant start) {
        Duration d = Duration.between(start, Instant.now());
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
