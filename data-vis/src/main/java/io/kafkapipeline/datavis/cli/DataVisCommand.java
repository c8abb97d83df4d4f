package io.kafkapipeline.datavis.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every {@code data-vis} subcommand has: the parent CLI that connects, its own spec for output, {@code -h}. */
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
}
