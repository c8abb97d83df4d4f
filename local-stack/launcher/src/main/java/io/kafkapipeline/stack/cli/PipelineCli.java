package io.kafkapipeline.stack.cli;

import io.kafkapipeline.cassandra.CqlConnectException;
import io.kafkapipeline.common.cli.CliErrors;
import io.kafkapipeline.common.cli.LibraryLogs;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.terminal.Terminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./pipeline}: the one entry point of the command line. It owns the list of commands and their help; the
 * script only finds Java and builds the launcher when it is missing. Commands of other modules are
 * {@link ModuleCommand}s: one line in {@link #MODULES} each.
 */
@Command(
        name = "pipeline",
        mixinStandardHelpOptions = true,
        version = "kafkapipeline 0.1.0",
        description =
                "Runs the kafkapipeline on a local stack: Kafka (KRaft), Kafka Connect and Cassandra as child JVMs.",
        footer = {
            "",
            "Every command has --help. Errors are one line 'error: ...' (exit code 1; usage errors 2).",
            "Settings are environment variables; ./pipeline up --settings lists them with their defaults."
        })
public final class PipelineCli implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(PipelineCli.class);

    /** The commands run from other modules, in the order of {@code ./pipeline --help}. */
    static final List<ModuleCommand.Module> MODULES = List.of(
            ModuleCommand.Module.of(
                    "consume",
                    "consumers",
                    "io.kafkapipeline.consumers.ConsumerMain",
                    Set.of(ModuleCommand.Server.KAFKA),
                    "Read, validate and print a topic: consume --topic weather [--from-beginning] [--max N]."),
            ModuleCommand.Module.of(
                    "classify",
                    "consumers",
                    "io.kafkapipeline.consumers.classifier.ClassifyMain",
                    Set.of(),
                    "Sentiment of each stdin line: label<TAB>score<TAB>text (the twitter flow's model)."),
            ModuleCommand.Module.of(
                            "report",
                            "data-vis",
                            "io.kafkapipeline.datavis.cli.DataVisCli",
                            Set.of(ModuleCommand.Server.CASSANDRA),
                            "Charts of every table as PNG + index.html (report/).")
                    .withLeadingArgs("report"),
            ModuleCommand.Module.of(
                            "load",
                            "data-vis",
                            "io.kafkapipeline.datavis.cli.DataVisCli",
                            Set.of(ModuleCommand.Server.CASSANDRA),
                            "Load a CSV file into a table: load <table> <file.csv>.")
                    .withLeadingArgs("load"),
            ModuleCommand.Module.of(
                            "export",
                            "data-vis",
                            "io.kafkapipeline.datavis.cli.DataVisCli",
                            Set.of(ModuleCommand.Server.CASSANDRA),
                            "A table as CSV: export <table> [--csv FILE].")
                    .withLeadingArgs("export"),
            ModuleCommand.Module.of(
                    "console",
                    "console",
                    "io.kafkapipeline.console.ConsoleMain",
                    Set.of(),
                    "The web console alone, against the local stack or any deployment (console --help)."),
            ModuleCommand.Module.of(
                    "bench",
                    "bench",
                    "io.kafkapipeline.bench.BenchMain",
                    Set.of(),
                    "Benchmarks on a stack of their own; writes BENCHMARKS.md (bench --quick: < 5 min)."));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(System.getenv(), libraryLogsToFile(System.getenv()), args));
    }

    /**
     * Library log lines (Kafka clients, driver, netty) go to {@code <state>/logs/cli.log}: the terminal gets the
     * command's own lines and one error line. Returns the terminal's stderr.
     */
    private static PrintStream libraryLogsToFile(Map<String, String> env) {
        try {
            return LibraryLogs.toFile(logFile(StackConfig.fromEnvironment(env)));
        } catch (RuntimeException e) {
            return System.err; // a bad setting: the command reports it
        }
    }

    /** Where the library log lines of {@code ./pipeline} and of the commands it runs go. */
    static Path logFile(StackConfig config) {
        return config.stateDir().resolve("logs").resolve("cli.log");
    }

    /** The command line with every command, in the order of {@code --help}. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PipelineCli());
        cli.addSubcommand(new UpCommand());
        cli.addSubcommand(new DownCommand());
        cli.addSubcommand(new StatusCommand());
        cli.addSubcommand(new CqlCommand());
        cli.addSubcommand(new NotebookCommand());
        for (ModuleCommand.Module module : MODULES) {
            cli.addSubcommand(module.name(), ModuleCommand.commandLine(module));
        }
        cli.addSubcommand(new BuildCommand());
        cli.addSubcommand(new CommandLine.HelpCommand());
        return cli;
    }

    /** Runs a command line against {@code env}; returns the exit code. */
    public static int run(Map<String, String> env, String... args) {
        return run(env, System.err, args);
    }

    /** Runs a command line against {@code env} with its error lines on {@code terminal}; returns the exit code. */
    public static int run(Map<String, String> env, PrintStream terminal, String... args) {
        CommandLine cli = commandLine();
        EnvHolder.err = new PrintWriter(new OutputStreamWriter(terminal, StandardCharsets.UTF_8), true);
        cli.setErr(EnvHolder.err);
        cli.setParameterExceptionHandler(CliErrors.usageErrors());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof StackException || e instanceof ConfigException || e instanceof CqlConnectException) {
                log.debug("{} failed", commandLine.getCommandName(), e);
                CliErrors.print(err, e.getMessage());
            } else {
                log.error("{} failed", commandLine.getCommandName(), e);
                CliErrors.print(err, "unexpected failure: " + e);
            }
            return CliErrors.EXIT_FAILED;
        });
        EnvHolder.env = env;
        return cli.execute(args);
    }

    /** The environment of this run (the process environment, or a test's map). */
    static final class EnvHolder {
        static Map<String, String> env = System.getenv();
        static PrintWriter err = new PrintWriter(System.err, true);

        private EnvHolder() {}

        /** The terminal's stderr: for the one error line (library logs may go elsewhere). */
        static PrintWriter err() {
            return err;
        }

        static StackConfig config() {
            return StackConfig.fromEnvironment(env);
        }
    }

    /** The terminal {@code cql} opens its interactive shell on instead of the system's, or null: for tests. */
    public static void interactiveTerminal(Terminal terminal) {
        CqlCommand.terminalForTests = terminal;
    }

    static String settingsHelp() {
        return StackConfig.definition().text();
    }
}
