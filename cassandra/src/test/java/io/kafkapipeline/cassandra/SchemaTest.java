package io.kafkapipeline.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void filesListMatchesTheSchemaFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("schema"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".cql"))
                    .sorted()
                    .toList();
            assertThat(Schema.FILES).containsExactlyElementsOf(onDisk);
        }
    }

    @Test
    void statementsCreateTheKeyspaceFirstThenEveryTable() {
        List<String> statements = Schema.statements();

        List<String> tables = Schema.tableNames();
        assertThat(statements).hasSize(1 + tables.size());
        assertThat(statements.get(0)).startsWith("CREATE KEYSPACE IF NOT EXISTS " + Schema.KEYSPACE + "\n");
        for (int i = 0; i < tables.size(); i++) {
            assertThat(statements.get(i + 1))
                    .startsWith("CREATE TABLE IF NOT EXISTS " + Schema.KEYSPACE + "." + tables.get(i) + " (")
                    .doesNotContain("--")
                    .doesNotContain(";");
        }
    }

    @Test
    void everyTableLivesInTheOneKeyspace() {
        assertThat(Schema.tables())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.keyspace()).isEqualTo(Schema.KEYSPACE));
    }

    @Test
    void tablesAreReadWithTheirColumnsTypesAndKeys() {
        Table weather = Schema.table("weatherreport");

        assertThat(weather.qualifiedName()).isEqualTo("kafkapipeline.weatherreport");
        assertThat(weather.columnNames()).startsWith("location", "forecastdate", "description", "temp");
        assertThat(weather.column("forecastdate")).map(Column::type).contains(CqlType.TIMESTAMP);
        assertThat(weather.column("pressure")).map(Column::type).contains(CqlType.INT);
        assertThat(weather.partitionKey()).containsExactly("location");
        assertThat(weather.clusteringColumns()).containsExactly("forecastdate");
        assertThat(Schema.table("spacex_launches").primaryKey()).containsExactly("launch_id");
        assertThat(Schema.table("fakerdata").column("date_of_birth"))
                .map(Column::type)
                .contains(CqlType.DATE);
    }

    @Test
    void anUnknownTableIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Schema.table("weather"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown table 'weather' (tables of the schema: weatherreport, fakerdata");
    }

    @Test
    void aCopyOfATableHasItsColumnsKeyAndOptionsUnderItsOwnName() {
        String statement = Schema.createTableLike("weatherreport", "weather_copy");

        assertThat(statement)
                .startsWith("CREATE TABLE IF NOT EXISTS kafkapipeline.weather_copy (")
                .endsWith("WITH CLUSTERING ORDER BY (forecastdate DESC)");
        Table copy = TableParser.parse(statement).orElseThrow();
        Table original = Schema.table("weatherreport");
        assertThat(copy.name()).isEqualTo("weather_copy");
        assertThat(copy.columns()).isEqualTo(original.columns());
        assertThat(copy.partitionKey()).isEqualTo(original.partitionKey());
        assertThat(copy.clusteringColumns()).isEqualTo(original.clusteringColumns());
    }

    @Test
    void aCopyNeedsAKnownTableAndAPlainName() {
        assertThatThrownBy(() -> Schema.createTableLike("weather", "w2")).hasMessageStartingWith("Unknown table");
        assertThatThrownBy(() -> Schema.createTableLike("fakerdata", "x; DROP TABLE y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must match");
    }

    @Test
    void splitKeepsSemicolonsAndDashesInsideStringLiterals() {
        List<String> statements = Schema.split("""
                -- a comment; with a semicolon
                INSERT INTO t (a) VALUES ('x;y -- not a comment'); // trailing comment
                SELECT * FROM t
                """);

        assertThat(statements).containsExactly("INSERT INTO t (a) VALUES ('x;y -- not a comment')", "SELECT * FROM t");
    }
}
