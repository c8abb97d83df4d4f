package io.kafkapipeline.datavis.cli;

import io.kafkapipeline.datavis.DataVis;
import io.kafkapipeline.datavis.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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
final class LoadCommand extends TableCommand {

    @Parameters(index = "1", paramLabel = "<file.csv>", description = "UTF-8 CSV file with a header line")
    Path file;

    @Override
    void run(DataVis dv, PrintWriter out) {
        LoadResult result = dv.load(table, file);
        out.println(result);
    }
}
