package io.kafkapipeline.stack.cli;

import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./pipeline}: runs the kafkapipeline on a local stack of child JVMs (no Docker). */
@Command(
        name = "pipeline",
        mixinStandardHelpOptions = true,
        version = "kafkapipeline 0.1.0",
        description =
                "Runs the kafkapipeline on a local stack: Kafka (KRaft), Kafka Connect and Cassandra as child JVMs.",
        subcommands = {
            UpCommand.class,
            DownCommand.class,
            StatusCommand.class,
            CqlCommand.class,
            NotebookCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Also (run by the ./pipeline script from their own modules):",
            "  consume  read, validate and print a topic (consume --help)",
            "  report   charts of every table as PNG + index.html",
            "  load     load a CSV file into a table: load <table> <file.csv>",
            "  export   a table as CSV: export <table> [--csv FILE]",
            "  bench    benchmarks on a stack of their own, writes BENCHMARKS.md (bench --quick: < 5 min)",
            "  console  the web console alone, against the local stack or any deployment (console --help)",
            "",
            "Settings are environment variables; ./pipeline up --settings lists them with their defaults."
        })
public final class PipelineCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(System.getenv(), args));
    }

    /** Runs a command line against {@code env}; returns the exit code. */
    public static int run(Map<String, String> env, String... args) {
        CommandLine cli = new CommandLine(new PipelineCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof StackException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        EnvHolder.env = env;
        return cli.execute(args);
    }

    /** The environment of this run (the process environment, or a test's map). */
    static final class EnvHolder {
        static Map<String, String> env = System.getenv();

        private EnvHolder() {}

        static StackConfig config() {
            return StackConfig.fromEnvironment(env);
        }
    }

    static String settingsHelp() {
        StringBuilder text = new StringBuilder();
        for (StackConfig.Setting s : StackConfig.Setting.values()) {
            text.append(String.format("  %-24s %s [%s]%n", s.name(), s.doc(), s.defaultText()));
        }
        return text.toString();
    }
}
