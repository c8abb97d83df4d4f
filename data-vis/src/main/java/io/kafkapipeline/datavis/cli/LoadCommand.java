package io.kafkapipeline.datavis.cli;

import io.kafkapipeline.datavis.DataVis;
import io.kafkapipeline.datavis.LoadResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code load <table> <file.csv>}: checks the whole file against the table, then writes every row. */
@Command(
        name = "load",
        description = {
            "Load a CSV file into a table; nothing is written if any line is wrong.",
            "The header names the columns: the primary key columns, any others.",
            "Values are parsed per column type: timestamps ISO-8601 (UTC when",
            "without a zone), dates yyyy-MM-dd, booleans true/false. An empty",
            "field is null; a quoted empty field (\"\") is the empty string."
        })
final class LoadCommand implements Callable<Integer> {

    @ParentCommand
    DataVisCli cli;

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help.")
    boolean help;

    @Parameters(index = "0", paramLabel = "<table>", description = "weatherreport, fakerdata or spacex_launches")
    String table;

    @Parameters(index = "1", paramLabel = "<file.csv>", description = "UTF-8 CSV file with a header line")
    Path file;

    @Override
    public Integer call() {
        try (DataVis dv = cli.connect()) {
            LoadResult result = dv.load(table, file);
            spec.commandLine().getOut().println(result);
        }
        return 0;
    }
}
