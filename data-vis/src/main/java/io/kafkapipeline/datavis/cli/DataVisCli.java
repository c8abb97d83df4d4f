package io.kafkapipeline.datavis.cli;

import com.datastax.oss.driver.api.core.DriverException;
import io.kafkapipeline.cassandra.CqlSessions;
import io.kafkapipeline.common.cli.CliErrors;
import io.kafkapipeline.common.cli.LibraryLogs;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.datavis.DataVis;
import io.kafkapipeline.datavis.DataVisException;
import io.kafkapipeline.datavis.config.DataVisConfig;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code data-vis load|export|report}: the CLI behind {@code ./pipeline load|export|report}.
 *
 * <p>Exit codes: 0 done; 1 the work failed (unknown table, wrong column, unparsable value, Cassandra unreachable),
 * with one line {@code error: ...} on stderr that says why; 2 wrong arguments, with the synopsis.
 *
 */
@Command(
        name = "data-vis",
        description = "Load CSV files into the pipeline's Cassandra tables, export them, chart them.",
        subcommands = {LoadCommand.class, ExportCommand.class, ReportCommand.class},
        usageHelpAutoWidth = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed (the message says why)", "2:wrong arguments"})
public final class DataVisCli implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(DataVisCli.class);

    @Spec
    CommandSpec spec;

    @CommandLine.Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help.")
    boolean help;

    private final Map<String, String> env;

    /** A CLI that reads its settings from {@code env} (the process environment in {@link #main}). */
    public DataVisCli(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        // Library log lines go to PIPELINE_LOG_FILE (./pipeline sets it); the terminal keeps the error line.
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(LibraryLogs.fromEnvironment(System.getenv()), StandardCharsets.UTF_8), true);
        System.exit(new DataVisCli(System.getenv()).execute(out, err, args));
    }

    /** Runs one command line; returns the exit code. */
    public int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(this);
        cl.setOut(out);
        cl.setErr(err);
        cl.getCommandSpec().usageMessage().footer(settingsFooter());
        // Run by ./pipeline, usage lines name the command as the user typed it.
        cl.setCommandName(System.getProperty("kafkapipeline.cli.name", "data-vis"));
        cl.setParameterExceptionHandler(CliErrors.usageErrors());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof DataVisException || e instanceof ConfigException) {
                log.debug("{} failed", cmd.getCommandName(), e);
                CliErrors.print(cmd.getErr(), e.getMessage());
            } else if (e instanceof DriverException) {
                log.debug("Cassandra request failed", e);
                CliErrors.print(cmd.getErr(), "Cassandra request failed: " + CqlSessions.firstLine(e.getMessage()));
            } else {
                log.error("Unexpected failure", e);
                CliErrors.print(cmd.getErr(), "unexpected failure: " + e);
            }
            return CliErrors.EXIT_FAILED;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Without a subcommand: the usage, exit code 2. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: load, export or report");
    }

    /** A session for one command, from the settings of the environment. */
    DataVis connect() {
        return DataVis.connect(DataVisConfig.fromEnvironment(env));
    }

    String cassandraAddress() {
        return DataVisConfig.fromEnvironment(env).address();
    }

    /** The settings as picocli footer text ({@code %n} is its line break). */
    static String settingsFooter() {
        return "%nEnvironment [default]:%n"
                + DataVisConfig.definition().text().replace("%", "%%").replace(System.lineSeparator(), "%n");
    }
}
