package io.kafkapipeline.datavis.cli;

import io.kafkapipeline.datavis.DataVis;
import io.kafkapipeline.datavis.DataVisException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export <table> [--csv file]}: the whole table as CSV that {@code load} reads back. */
@Command(name = "export", description = "Write a table as CSV (header + one line per row) to stdout or a file.")
final class ExportCommand extends TableCommand {

    @Option(names = "--csv", paramLabel = "<file>", description = "Write to this file instead of stdout.")
    Path csv;

    @Override
    void run(DataVis dv, PrintWriter out) {
        if (csv == null) {
            long rows = dv.export(table, out);
            out.flush();
            spec.commandLine()
                    .getErr()
                    .println("Exported " + rows + " rows of " + dv.schema(table).qualifiedName());
        } else {
            long rows = exportToFile(dv);
            out.println("Exported " + rows + " rows of " + dv.schema(table).qualifiedName() + " to " + csv);
        }
    }

    /** Writes next to the target and moves it into place, so a failure leaves no half-written file. */
    private long exportToFile(DataVis dv) {
        Path target = csv.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            long rows;
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                rows = dv.export(table, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return rows;
        } catch (IOException e) {
            throw new DataVisException("cannot write " + csv + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // best effort: the .part file is only left behind after a failure
            }
        }
    }
}
