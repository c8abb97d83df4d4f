package io.kafkapipeline.datavis.cli;

import io.kafkapipeline.datavis.DataVis;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code data-vis} subcommand has: the parent CLI that connects, its own spec for output, {@code -h}. A
 * command runs with one session, opened from the settings of the environment and closed when it is done; what it
 * throws is the CLI's to report ({@link DataVisCli#execute}).
 */
abstract class DataVisCommand implements Callable<Integer> {

    @ParentCommand
    DataVisCli cli;

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help.")
    boolean help;

    @Override
    public final Integer call() {
        try (DataVis dv = cli.connect()) {
            run(dv, spec.commandLine().getOut());
        }
        return 0;
    }

    /** The command's work with the session; {@code out} is the command's standard output. */
    abstract void run(DataVis dv, PrintWriter out);
}
