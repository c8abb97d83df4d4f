package io.kafkapipeline.common.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.json.Json;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract's column lists are the tables of cassandra/schema/002-tables.cql, in order. */
class ContractColumnsTest {
    private static final Path SCHEMA = Path.of("..", "cassandra", "schema", "002-tables.cql");
    private static Map<String, CqlTables.Table> tables;

    @BeforeAll
    static void readSchema() throws Exception {
        tables = CqlTables.read(SCHEMA);
    }

    @Test
    void schemaHasTheThreeTables() {
        assertThat(tables).containsOnlyKeys(WeatherReport.TABLE, FakerPerson.TABLE, SpacexLaunch.TABLE);
    }

    @Test
    void weatherColumnsAndKeyMatchTheTable() {
        assertThat(WeatherReport.COLUMNS)
                .isEqualTo(tables.get(WeatherReport.TABLE).columns());
        assertThat(WeatherReport.PRIMARY_KEY)
                .isEqualTo(tables.get(WeatherReport.TABLE).primaryKey());
    }

    @Test
    void fakerColumnsAndKeyMatchTheTable() {
        assertThat(FakerPerson.COLUMNS).isEqualTo(tables.get(FakerPerson.TABLE).columns());
        assertThat(FakerPerson.PRIMARY_KEY)
                .isEqualTo(tables.get(FakerPerson.TABLE).primaryKey());
    }

    @Test
    void spacexColumnsAndKeyMatchTheTable() {
        assertThat(SpacexLaunch.COLUMNS)
                .isEqualTo(tables.get(SpacexLaunch.TABLE).columns());
        assertThat(SpacexLaunch.PRIMARY_KEY)
                .isEqualTo(tables.get(SpacexLaunch.TABLE).primaryKey());
    }

    @Test
    void serializedFieldNamesAreTheColumnsInOrder() throws Exception {
        assertThat(fieldNames(ContractSamples.weather().toJson())).isEqualTo(WeatherReport.COLUMNS);
        assertThat(fieldNames(ContractSamples.person().toJson())).isEqualTo(FakerPerson.COLUMNS);
        assertThat(fieldNames(ContractSamples.launch().toJson())).isEqualTo(SpacexLaunch.COLUMNS);
    }

    private static List<String> fieldNames(String json) throws Exception {
        JsonNode node = Json.readTree(json);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Sample records shared by the contract tests. */
    static final class ContractSamples {
        static WeatherReport weather() {
            return new WeatherReport(
                    "Hanoi",
                    Instant.parse("2021-10-07T09:53:32Z"),
                    "overcast clouds",
                    34.0,
                    41.0,
                    34.0,
                    34.0,
                    1003,
                    64,
                    2.45,
                    Instant.parse("2021-10-06T22:49:14Z"),
                    Instant.parse("2021-10-07T10:39:32Z"));
        }

        static FakerPerson person() {
            return new FakerPerson(
                    "Ada Lovelace",
                    "12 Main St, Springfield",
                    1994,
                    "ada@example.com",
                    "555-0100 x12",
                    "Analytical Engines",
                    "Mathematician",
                    "London",
                    "United Kingdom",
                    LocalDate.of(1990, 12, 10));
        }

        static SpacexLaunch launch() {
            return new SpacexLaunch(
                    "62dd70d5202306255024d139",
                    "Crew-5",
                    Instant.parse("2022-10-03T16:00:00Z"),
                    "Falcon 9",
                    null,
                    "KSC LC 39A",
                    "Crew Dragon",
                    null);
        }

        private ContractSamples() {}
    }
}
