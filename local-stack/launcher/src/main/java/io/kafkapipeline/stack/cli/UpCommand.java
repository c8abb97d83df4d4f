package io.kafkapipeline.stack.cli;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.node.StackNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./pipeline up [-d]}: starts the local stack; in the foreground until Ctrl-C, or detached. */
@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description = "Start Kafka, Kafka Connect and Cassandra, apply the schema, register the connectors.")
final class UpCommand implements Callable<Integer> {

    @Option(
            names = {"-d", "--detach"},
            description = "Start and return; stop later with ./pipeline down.")
    boolean detach;

    @Option(
            names = "--no-producers",
            description = "Start only Kafka, Connect and Cassandra (same as PIPELINE_PRODUCERS=none).")
    boolean noProducers;

    @Option(
            names = "--brokers",
            paramLabel = "N",
            description = "Kafka nodes (1-" + StackConfig.MAX_BROKERS
                    + "); 3 or more: a KRaft cluster whose topics get replication factor 3 and min.insync.replicas 2"
                    + " (same as KAFKA_BROKERS=N).")
    Integer brokers;

    @Spec
    CommandSpec spec;

    @Option(names = "--settings", description = "List the environment variables that configure the stack and exit.")
    boolean settings;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = System.out;
        if (settings) {
            out.print(PipelineCli.settingsHelp());
            return 0;
        }
        StackConfig.Builder builder = PipelineCli.EnvHolder.config().toBuilder().watchParent(!detach);
        if (noProducers) {
            builder.producers(java.util.List.of());
        }
        if (brokers != null) {
            if (brokers < 1 || brokers > StackConfig.MAX_BROKERS) {
                throw new ParameterException(
                        spec.commandLine(), "--brokers must be 1 to " + StackConfig.MAX_BROKERS + ", got " + brokers);
            }
            builder.kafkaBrokers(brokers);
        }
        StackConfig config = builder.build();
        LocalStack stack = new LocalStack(config, msg -> out.println(msg));
        stack.ensureNotRunning(); // before any build: a second `up` only says so
        boolean pluginMissing =
                config.pluginPath().startsWith(config.home()) && !Files.isDirectory(config.pluginPath());
        // a service's module may differ from its name (the classifier runs from consumers/)
        if (pluginMissing || stack.producers().stream().anyMatch(service -> !service.isBuilt())) {
            Build.run(config.home(), out);
        }
        out.println("Local stack state and logs: " + config.stateDir());
        if (detach) {
            stack.start();
            out.println("Running in the background. ./pipeline status shows it; ./pipeline down stops it.");
            return 0;
        }
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    stopping.countDown();
                    out.println();
                    out.println("Stopping…");
                    stack.stop();
                    out.println("Stopped.");
                    stopped.countDown();
                },
                "pipeline-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        stack.start();
        out.println("Press Ctrl-C to stop.");
        Instant since = Instant.now();
        while (!stopping.await(2, java.util.concurrent.TimeUnit.SECONDS)) {
            out.print("\r" + statusLine(stack, since));
            out.flush();
        }
        stopped.await();
        return 0;
    }

    private static String statusLine(LocalStack stack, Instant since) {
        StringBuilder line = new StringBuilder();
        for (StackNode node : stack.allNodes()) {
            line.append(node.displayName())
                    .append(node.jvm().isAlive() ? " up" : " DOWN")
                    .append("  ");
        }
        Duration up = Duration.between(since, Instant.now());
        line.append(String.format("| up %d:%02d:%02d ", up.toHours(), up.toMinutesPart(), up.toSecondsPart()));
        return line.toString();
    }
}
