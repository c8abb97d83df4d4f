package io.kafkapipeline.datavis.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.datavis.DataVis;
import io.kafkapipeline.datavis.load.CsvTableParser;
import io.kafkapipeline.datavis.load.ParsedCsv;
import io.kafkapipeline.datavis.load.ParsedRow;
import io.kafkapipeline.datavis.pipeline.PipelineTables;
import io.kafkapipeline.datavis.schema.Column;
import io.kafkapipeline.datavis.schema.TableSchema;
import io.kafkapipeline.datavis.testing.SampleTables;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code load} and {@code export} through the CLI against the real local stack, and every bad-input case. */
@ExtendWith(LocalStackExtension.class)
class LoadExportIT {

    private static final Path DIR = Path.of("target", "it-data", "load-export").toAbsolutePath();
    private static Map<String, Path> fixtures;

    @BeforeAll
    static void writeFixtures() {
        fixtures = FixtureCsv.writeAll(DIR);
    }

    static List<String> tables() {
        return PipelineTables.ALL;
    }

    @ParameterizedTest
    @MethodSource("tables")
    void loadThenExportGivesTheSameRows(String table, LocalStack stack) throws IOException {
        String qualified = Schema.table(table).qualifiedName();
        stack.cqlSession().execute("TRUNCATE " + qualified);
        Path file = fixtures.get(table);
        int expected = rows(stack, table, file).size();

        Cli.Run load = Cli.run(stack, "load", table, file.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out())
                .isEqualTo("Loaded " + expected + " rows into " + qualified + " from " + table + ".csv"
                        + System.lineSeparator());

        Path first = DIR.resolve(table + "-export-1.csv");
        Cli.Run export = Cli.run(stack, "export", table, "--csv", first.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("Exported " + expected + " rows of " + qualified + " to ");
        assertThat(rows(stack, table, first)).containsExactlyInAnyOrderElementsOf(rows(stack, table, file));
        assertThat(DataVis.using(stack.cqlSession()).read(table).size()).isEqualTo(expected);

        // The export loads back to the same table: export, empty, load, export again gives the same text.
        stack.cqlSession().execute("TRUNCATE " + qualified);
        Cli.Run reload = Cli.run(stack, "load", table, first.toString());
        assertThat(reload.exitCode()).as(reload.err()).isZero();
        Cli.Run toStdout = Cli.run(stack, "export", table);
        assertThat(toStdout.exitCode()).as(toStdout.err()).isZero();
        assertThat(toStdout.out()).isEqualTo(Files.readString(first, StandardCharsets.UTF_8));
        assertThat(toStdout.err()).startsWith("Exported " + expected + " rows of " + qualified);
    }

    @Test
    void unknownTable(LocalStack stack) {
        for (String[] args : List.of(
                new String[] {"load", "weather", fixtures.get("weatherreport").toString()},
                new String[] {"export", "weather"})) {
            Cli.Run run = Cli.run(stack, args);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(oneLine(run.err()))
                    .startsWith("error: unknown table 'weather' in keyspace kafkapipeline" + " (tables: ")
                    .contains("fakerdata", "spacex_launches", "weatherreport");
            assertThat(run.out()).isEmpty();
        }
    }

    /** The tables of the unit tests (built from the schema model) are the real ones as data-vis reads them. */
    @Test
    void sampleTablesAreTheRealTables(LocalStack stack) {
        DataVis dv = DataVis.using(stack.cqlSession());
        for (String table : Schema.tableNames()) {
            assertThat(SampleTables.schema(table).columns())
                    .as(table)
                    .isEqualTo(dv.schema(table).columns());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "|",
            value = {
                "wrong-column.csv | weatherreport | location,report_time,temp\\nTestville,2021-10-07 09:53:32,307.15"
                        + " | wrong-column.csv header: column 'report_time' is not a column of weatherreport"
                        + " (columns: location, forecastdate, ",
                "no-key.csv | spacex_launches | mission_name,rocket_name\\nCOTS 1,Falcon 9"
                        + " | no-key.csv header: primary key column 'launch_id' of spacex_launches is missing",
            })
    void badHeaderIsRefusedNamingTheColumn(String name, String table, String content, String message, LocalStack stack)
            throws IOException {
        Path bad = write(name, content.replace("\\n", "\n") + "\n");
        Cli.Run run = Cli.run(stack, "load", table, bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(oneLine(run.err())).startsWith("error: " + message);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unparsableValueNamesLineAndColumnAndWritesNothing(LocalStack stack) throws IOException {
        Path bad = write(
                "bad-value.csv",
                "location,forecastdate,temp,humidity\n"
                        + "Testville,2021-10-07T09:53:32Z,34.0,64\n"
                        + "Testville,2021-10-07T10:53:32Z,33.5,66\n"
                        + "Testville,2021-10-07T11:53:32Z,hot,70\n");
        Cli.Run run = Cli.run(stack, "load", "weatherreport", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(oneLine(run.err()))
                .isEqualTo("error: bad-value.csv line 4, column 'temp': 'hot' is not a" + " double");
        assertThat(run.out()).isEmpty();
        assertThat(DataVis.using(stack.cqlSession())
                        .read("weatherreport")
                        .where("location", "Testville")
                        .size())
                .as("nothing of a file with a bad line is written")
                .isZero();

        Path badDate = write(
                "bad-date.csv",
                "name,address,date_of_birth\n\"Jane Doe\",\"1 Main St\nSpringfield\"," + "28/02/1994\n");
        Cli.Run dates = Cli.run(stack, "load", "fakerdata", badDate.toString());
        assertThat(dates.exitCode()).isEqualTo(1);
        assertThat(oneLine(dates.err()))
                .isEqualTo("error: bad-date.csv line 2, column 'date_of_birth':"
                        + " '28/02/1994' is not a date (yyyy-MM-dd)");
    }

    @Test
    void missingFile(LocalStack stack) {
        Path missing = DIR.resolve("nope.csv");
        Cli.Run run = Cli.run(stack, "load", "fakerdata", missing.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(oneLine(run.err())).isEqualTo("error: no such file: " + missing);
    }

    /** The CLI as ./pipeline starts it: its own JVM on the module jar plus target/runtime.classpath. */
    @Test
    void runtimeClasspathRunsTheCli(LocalStack stack) throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        String classpath;
        try (var jars = Files.list(target)) {
            classpath = jars.filter(p -> p.getFileName().toString().matches("data-vis-.*\\.jar"))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no data-vis jar in " + target))
                    + java.io.File.pathSeparator
                    + Files.readString(target.resolve("runtime.classpath")).strip();
        }
        Path out = DIR.resolve("process-export.csv");
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classpath,
                        "io.kafkapipeline.datavis.cli.DataVisCli",
                        "export",
                        "spacex_launches")
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.PIPE);
        pb.environment().putAll(Cli.env(stack));
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(Files.readAllLines(out).get(0)).startsWith("launch_id,");
        assertThat(err).contains("Exported ").contains(" rows of kafkapipeline.spacex_launches");
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(DIR.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String oneLine(String err) {
        assertThat(err.lines()).as("stderr: " + err).hasSize(1);
        return err.strip();
    }

    /** The rows of a CSV file as column → value maps, checked against the real table. */
    private static List<Map<String, Object>> rows(LocalStack stack, String table, Path file) throws IOException {
        TableSchema schema = DataVis.using(stack.cqlSession()).schema(table);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ParsedCsv parsed =
                    new CsvTableParser(schema).parse(in, file.getFileName().toString());
            return parsed.rows().stream().map(r -> toMap(parsed.columns(), r)).toList();
        }
    }

    private static Map<String, Object> toMap(List<Column> columns, ParsedRow row) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (row.values()[i] != null) {
                map.put(columns.get(i).name(), row.values()[i]);
            }
        }
        return map;
    }
}
