package io.kafkapipeline.datavis.testing;

import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.cassandra.Table;
import io.kafkapipeline.common.contract.ClassifiedPost;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.datavis.frame.Frame;
import io.kafkapipeline.datavis.schema.Column;
import io.kafkapipeline.datavis.schema.SchemaCatalog;
import io.kafkapipeline.datavis.schema.TableSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's tables as data-vis sees them through the driver's metadata, built from the schema model
 * ({@code cassandra/schema/*.cql}) with the columns in the metadata's order: partition key, clustering columns, then
 * the others by name ({@code LoadExportIT} checks them against the real tables). And small frames of them for chart
 * tests, made of the pipeline's own records.
 */
public final class SampleTables {

    public static final TableSchema WEATHER = schema(WeatherReport.TABLE);
    public static final TableSchema FAKER = schema(FakerPerson.TABLE);
    public static final TableSchema SPACEX = schema(SpacexLaunch.TABLE);
    public static final TableSchema TWITTER = schema(ClassifiedPost.TABLE);
    public static final SchemaCatalog CATALOG = new SchemaCatalog(
            Schema.KEYSPACE,
            Schema.tableNames().stream().map(SampleTables::schema).toList());

    private SampleTables() {}

    /** The table {@code name} of the schema model as data-vis reads it from the driver's metadata. */
    public static TableSchema schema(String name) {
        Table table = Schema.table(name);
        List<String> order = new ArrayList<>(table.primaryKey());
        table.columnNames().stream()
                .filter(c -> !table.isPrimaryKey(c))
                .sorted()
                .forEach(order::add);
        List<Column> columns = new ArrayList<>();
        for (String c : order) {
            Column column = Column.of(c, table.column(c).orElseThrow().type());
            columns.add(table.isPrimaryKey(c) ? Column.key(c, column.type()) : column);
        }
        return new TableSchema(table.keyspace(), table.name(), columns);
    }

    /** {@code records} as a frame of {@code schema}'s table: each value in its column, as the driver returns it. */
    public static Frame frame(TableSchema schema, List<? extends TableRecord> records) {
        List<Object[]> rows = new ArrayList<>();
        for (TableRecord r : records) {
            List<String> columns = TableRecord.columns(r.getClass());
            List<Object> values = r.columnValues();
            rows.add(schema.columnNames().stream()
                    .map(c -> values.get(columns.indexOf(c)))
                    .toArray());
        }
        return new Frame(schema.name(), schema.columns(), rows);
    }

    /** Three observations per city for Hanoi and Ho Chi Minh City, one for Moscow. */
    public static Frame weather() {
        List<WeatherReport> rows = new ArrayList<>();
        Instant t0 = Instant.parse("2021-10-07T09:53:32Z");
        for (int h = 0; h < 3; h++) {
            Instant t = t0.plusSeconds(3600L * h);
            rows.add(weather("Hanoi", t, 34.0 + h, 1003 - h, 64 + h));
            rows.add(weather("Ho Chi Minh City", t, 30.0 - h, 1002 + h, 74 - h));
        }
        rows.add(weather("Moscow", t0, 12.0, 1018, 40));
        return frame(WEATHER, rows);
    }

    private static WeatherReport weather(String city, Instant t, double temp, int pressure, int humidity) {
        return new WeatherReport(
                city,
                t,
                "overcast clouds",
                temp,
                temp + 2,
                temp - 0.5,
                temp + 0.5,
                pressure,
                humidity,
                2.45,
                t.minusSeconds(30_000),
                t.plusSeconds(20_000));
    }

    public static Frame launches() {
        String kwajalein = "Kwajalein Atoll";
        String slc40 = "CCSFS SLC 40";
        String lc39a = "KSC LC 39A";
        return frame(
                SPACEX,
                List.of(
                        launch(
                                "5eb87cd9ffd86e000604b32a",
                                "FalconSat",
                                "2006-03-24T22:30:00Z",
                                false,
                                20.0,
                                "Falcon 1",
                                kwajalein),
                        launch(
                                "5eb87cdaffd86e000604b32b",
                                "DemoSat",
                                "2007-03-21T01:10:00Z",
                                false,
                                null,
                                "Falcon 1",
                                kwajalein),
                        launch(
                                "5eb87cdbffd86e000604b32c",
                                "RatSat",
                                "2008-09-28T23:15:00Z",
                                true,
                                165.0,
                                "Falcon 1",
                                kwajalein),
                        launch(
                                "5eb87cddffd86e000604b32f",
                                "COTS 1",
                                "2010-12-08T15:43:00Z",
                                true,
                                1200.0,
                                "Falcon 9",
                                slc40),
                        launch(
                                "5eb87d46ffd86e000604b389",
                                "Starlink 4-1",
                                "2020-12-01T00:00:00Z",
                                true,
                                15600.0,
                                "Falcon 9",
                                slc40),
                        launch(
                                "5eb87d13ffd86e000604b360",
                                "Falcon Heavy Test",
                                "2018-02-06T20:45:00Z",
                                true,
                                1350.0,
                                "Falcon Heavy",
                                lc39a),
                        launch(
                                "62dd70d5202306255024d139",
                                "Crew-5",
                                "2022-10-05T16:00:00Z",
                                null,
                                null,
                                "Falcon 9",
                                lc39a)));
    }

    private static SpacexLaunch launch(
            String id, String mission, String date, Boolean success, Double mass, String rocket, String site) {
        return new SpacexLaunch(id, mission, Instant.parse(date), rocket, success, site, "Satellite", mass);
    }

    public static Frame people() {
        List<FakerPerson> rows = new ArrayList<>();
        String[] countries = {"Viet Nam", "Canada", "Viet Nam", "Chile", "Canada", "Viet Nam"};
        String[] jobs = {"Engineer", "Teacher", "Engineer", "Nurse", "Teacher", "Engineer"};
        for (int i = 0; i < countries.length; i++) {
            rows.add(new FakerPerson(
                    "Person " + i,
                    i + " Main Street\nSpringfield, IL 62701",
                    1990 + i,
                    "p" + i + "@example.com",
                    "555-010" + i,
                    "Acme",
                    jobs[i],
                    "Springfield",
                    countries[i],
                    LocalDate.of(1950 + 9 * i, 1 + i, 3)));
        }
        return frame(FAKER, rows);
    }

    public static Frame empty(TableSchema table) {
        return new Frame(table.name(), table.columns(), List.of());
    }
}
