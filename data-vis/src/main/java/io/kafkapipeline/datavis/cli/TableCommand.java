package io.kafkapipeline.datavis.cli;

import picocli.CommandLine.Parameters;

/** A {@code data-vis} subcommand whose first argument names one of the pipeline's tables. */
abstract class TableCommand extends DataVisCommand {

    @Parameters(index = "0", paramLabel = "<table>", description = "weatherreport, fakerdata or spacex_launches")
    String table;
}
