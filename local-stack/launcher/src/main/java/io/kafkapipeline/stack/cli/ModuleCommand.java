package io.kafkapipeline.stack.cli;

import io.kafkapipeline.common.cli.LibraryLogs;
import io.kafkapipeline.stack.BuiltModule;
import io.kafkapipeline.stack.FreePorts;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackException;
import io.kafkapipeline.stack.StackState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * A {@code ./pipeline} subcommand that runs another module's main class in a child JVM, on that module's jar and
 * {@code target/runtime.classpath} (built first if missing). The child inherits the terminal (stdin, stdout, stderr)
 * and the environment, plus the local stack's addresses where the user has not set them; its exit code is the
 * command's. Every argument after the command name goes to the child unchanged, {@code --help} included.
 *
 * <p>One {@link Module} line in {@link PipelineCli#MODULES} adds a command.
 */
@Command(description = "")
final class ModuleCommand implements Callable<Integer> {

    /** How long a child may take to finish after Ctrl-C before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    /**
     * A command backed by a module's main class.
     *
     * @param name the subcommand ({@code ./pipeline <name>})
     * @param module the module folder under the checkout (e.g. {@code data-vis})
     * @param mainClass its main class
     * @param leadingArgs arguments put before the user's (e.g. the data-vis subcommand)
     * @param uses the servers of the local stack it talks to: it gets their addresses ({@code KAFKA_BROKER_URL};
     *     {@code CASSANDRA_HOST} and {@code CASSANDRA_PORT}) where the user has not set them, and it is not started
     *     when they do not answer there
     * @param description one line for {@code ./pipeline --help}
     */
    record Module(
            String name,
            String module,
            String mainClass,
            List<String> leadingArgs,
            Set<Server> uses,
            String description) {

        /** A command without leading arguments that uses the given servers. */
        static Module of(String name, String module, String mainClass, Set<Server> uses, String description) {
            return new Module(name, module, mainClass, List.of(), uses, description);
        }

        Module withLeadingArgs(String... args) {
            return new Module(name, module, mainClass, List.of(args), uses, description);
        }
    }

    /** A server of the local stack a module command may use, with the variables that address it. */
    enum Server {
        KAFKA("Kafka", "KAFKA_BROKER_URL"),
        CASSANDRA("Cassandra", "CASSANDRA_HOST");

        final String displayName;
        final String variable;

        Server(String displayName, String variable) {
            this.displayName = displayName;
            this.variable = variable;
        }
    }

    private final Module module;

    @Unmatched
    List<String> args = new ArrayList<>();

    private ModuleCommand(Module module) {
        this.module = module;
    }

    /** The picocli subcommand for {@code module}. */
    static CommandLine commandLine(Module module) {
        CommandLine cl = new CommandLine(new ModuleCommand(module));
        cl.getCommandSpec().name(module.name());
        cl.getCommandSpec().usageMessage().description(module.description());
        cl.getCommandSpec().parser().unmatchedOptionsArePositionalParams(true);
        return cl;
    }

    @Override
    public Integer call() throws InterruptedException {
        StackConfig base = PipelineCli.EnvHolder.config();
        StackConfig config = StackState.running(base).orElse(base);
        Map<String, String> env = PipelineCli.EnvHolder.env;
        for (Server server : module.uses()) {
            if (isUnset(env, server.variable)) {
                int port = server == Server.KAFKA ? config.kafkaPort() : config.cassandraPort();
                if (!FreePorts.accepts("127.0.0.1", port, Duration.ofSeconds(1))) {
                    throw new StackException(server.displayName + " does not answer at 127.0.0.1:" + port
                            + ": the local stack is not running (./pipeline up starts it; " + server.variable
                            + " names another)");
                }
            }
        }
        BuiltModule built = new BuiltModule(config.home(), module.module());
        if (!built.isBuilt()) {
            Build.run(config.home(), System.out);
            if (!built.isBuilt()) {
                throw new StackException(module.module() + " is not built (" + built.target() + ")");
            }
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dkafkapipeline.cli.name=pipeline" + (module.leadingArgs().isEmpty() ? " " + module.name() : ""));
        command.add("-cp");
        command.add(built.classpath());
        command.add(module.mainClass());
        command.addAll(module.leadingArgs());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(childEnvironment(config, env, module.uses()));
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            throw new StackException("cannot start " + module.mainClass() + ": " + e.getMessage(), e);
        }
        // Ctrl-C reaches the child too (same process group): give it time to finish (commit, summary) before exiting.
        Thread waiter = new Thread(() -> awaitOrKill(child), "pipeline-" + module.name() + "-stop");
        Runtime.getRuntime().addShutdownHook(waiter);
        int code = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(waiter);
        } catch (IllegalStateException e) {
            // shutting down already: the hook waits for the child
        }
        return code;
    }

    /** What the child gets on top of the inherited environment. */
    static Map<String, String> childEnvironment(StackConfig config, Map<String, String> env, Set<Server> uses) {
        Map<String, String> extra = new LinkedHashMap<>();
        putIfUnset(
                extra,
                env,
                LibraryLogs.LOG_FILE.name(),
                PipelineCli.logFile(config).toString());
        if (uses.contains(Server.KAFKA)) {
            String brokers = String.join(
                    ",",
                    java.util.stream.IntStream.rangeClosed(1, config.kafkaBrokers())
                            .mapToObj(n -> "127.0.0.1:" + config.kafkaPort(n))
                            .toList());
            putIfUnset(extra, env, Server.KAFKA.variable, brokers);
        }
        if (uses.contains(Server.CASSANDRA) && isUnset(env, Server.CASSANDRA.variable)) {
            extra.put(Server.CASSANDRA.variable, "127.0.0.1");
            extra.put("CASSANDRA_PORT", Integer.toString(config.cassandraPort()));
        }
        return extra;
    }

    private static void putIfUnset(Map<String, String> extra, Map<String, String> env, String name, String value) {
        if (isUnset(env, name)) {
            extra.put(name, value);
        }
    }

    private static boolean isUnset(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank();
    }

    private static void awaitOrKill(Process child) {
        try {
            if (!child.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
