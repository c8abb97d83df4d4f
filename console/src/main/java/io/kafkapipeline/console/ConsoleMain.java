package io.kafkapipeline.console;

import io.kafkapipeline.common.cassandra.CassandraConfig;
import io.kafkapipeline.common.cli.CliErrors;
import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.console.config.ConsoleConfig;
import io.kafkapipeline.console.config.Deployment;
import io.kafkapipeline.console.web.ConsoleServer;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackException;
import io.kafkapipeline.stack.cli.DeploymentAddresses;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./pipeline console}: the web console, against the local stack of this checkout or any deployment given by
 * addresses. Runs until stopped (SIGTERM / Ctrl-C).
 */
@Command(
        name = "console",
        mixinStandardHelpOptions = true,
        description = {
            "The web console (http://127.0.0.1:9000): flows, brokers, topics and messages, consumer groups,",
            "connectors, dead letters with redrive, tables with charts. Without addresses it shows the local stack.",
            "Settings (environment): CONSOLE_PORT, CONSOLE_BIND_ADDRESS, CONSOLE_TOKEN, ... (--settings lists them)."
        })
public final class ConsoleMain implements Callable<Integer> {

    @Mixin
    DeploymentAddresses addresses;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default CONSOLE_PORT, 9000).")
    Integer port;

    @Option(
            names = "--ready-file",
            paramLabel = "FILE",
            description = "Write the console's URL to FILE once it listens (used by ./pipeline up).")
    Path readyFile;

    @Option(names = "--settings", description = "List the settings (environment variables) and exit.")
    boolean settings;

    private final Map<String, String> env;

    ConsoleMain(Map<String, String> env) {
        this.env = env;
    }

    public static void main(String[] args) {
        int code = commandLine(System.getenv()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * The command with the project's one error form ({@link CliErrors}): a setting or stack problem is {@code error:
     * <message>} and exit code 1, a mistyped option {@code error: <message>}, the synopsis and exit code 2.
     */
    static CommandLine commandLine(Map<String, String> env) {
        CommandLine cli = new CommandLine(new ConsoleMain(env));
        cli.setCommandName(System.getProperty("kafkapipeline.cli.name", "console"));
        cli.setParameterExceptionHandler(CliErrors.usageErrors());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof StackException) {
                CliErrors.print(commandLine.getErr(), e.getMessage());
                return CliErrors.EXIT_FAILED;
            }
            throw e;
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        if (settings) {
            System.out.print(ConsoleConfig.definition().markdownTable());
            return 0;
        }
        Config config = ConsoleConfig.check(ConsoleConfig.definition().parse(Env.of(env)));
        // both or neither: a user name without its password fails here, naming the missing one
        Deployment deployment = deployment(config).withCassandraLogin(CassandraConfig.credentials(config));
        Console console = new Console(deployment);
        String bind = config.get(ConsoleConfig.BIND_ADDRESS);
        ConsoleServer server;
        try {
            server = new ConsoleServer(
                            console,
                            new ConsoleServer.Settings(
                                    bind,
                                    port != null ? port : config.get(ConsoleConfig.PORT),
                                    config.get(ConsoleConfig.TOKEN),
                                    config.get(ConsoleConfig.PAGE_SIZE),
                                    config.get(ConsoleConfig.MAX_VALUE_CHARS)))
                    .start();
        } catch (RuntimeException e) {
            console.close();
            if (causedBy(e, BindException.class)) {
                throw new ConfigException("Cannot listen on " + bind + ":"
                        + (port != null ? port : config.get(ConsoleConfig.PORT)) + " (" + ConsoleConfig.PORT.name()
                        + "): the port is in use. Stop what uses it, or choose another port, e.g. "
                        + ConsoleConfig.PORT.name() + "=9001");
            }
            throw e;
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        String url = "http://" + ("0.0.0.0".equals(bind) ? "127.0.0.1" : host) + ":" + server.port();
        System.out.println("Console ready at " + url + " (" + deployment + ")");
        if (readyFile != null) {
            writeReadyFile(url);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            console.close();
                            stopped.countDown();
                        },
                        "console-stop"));
        stopped.await();
        return 0;
    }

    private Deployment deployment(Config config) {
        String kafka = first(addresses.bootstrapServers(), config.get(ConsoleConfig.BOOTSTRAP_SERVERS));
        String rest = first(addresses.connectUrl(), config.get(ConsoleConfig.CONNECT_URL));
        String cql = first(addresses.cassandra(), config.get(ConsoleConfig.CASSANDRA));
        String dir = config.get(ConsoleConfig.CONNECTOR_CONFIG_DIR);
        StackConfig local = localStack();
        if (kafka == null && rest == null && cql == null && dir.isEmpty() && local != null) {
            return Deployment.local(local);
        }
        return Deployment.remote(kafka, rest, cql, dir.isEmpty() ? null : Path.of(dir), local);
    }

    /** The local stack's settings, or null outside a checkout (e.g. in a container given addresses). */
    private StackConfig localStack() {
        try {
            return StackConfig.fromEnvironment(env);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void writeReadyFile(String url) throws IOException {
        Path tmp = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
        Files.createDirectories(readyFile.toAbsolutePath().getParent());
        Files.writeString(tmp, url + "\n");
        Files.move(tmp, readyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String first(String flag, String setting) {
        if (flag != null && !flag.isBlank()) {
            return flag;
        }
        return setting == null || setting.isBlank() ? null : setting;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
