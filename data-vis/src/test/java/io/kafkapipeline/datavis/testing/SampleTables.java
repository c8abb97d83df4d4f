package io.kafkapipeline.datavis.testing;

import io.kafkapipeline.datavis.frame.Frame;
import io.kafkapipeline.datavis.schema.Column;
import io.kafkapipeline.datavis.schema.ColumnType;
import io.kafkapipeline.datavis.schema.SchemaCatalog;
import io.kafkapipeline.datavis.schema.TableSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The three tables as cassandra/schema/002-tables.cql declares them (the ITs check the real ones), and small
 * frames of them for chart tests.
 */
public final class SampleTables {

    public static final TableSchema WEATHER = new TableSchema(
            "kafkapipeline",
            "weatherreport",
            List.of(
                    Column.key("location", ColumnType.TEXT),
                    Column.key("forecastdate", ColumnType.TIMESTAMP),
                    Column.of("description", ColumnType.TEXT),
                    Column.of("feels_like", ColumnType.DOUBLE),
                    Column.of("humidity", ColumnType.INT),
                    Column.of("pressure", ColumnType.INT),
                    Column.of("sunrise", ColumnType.TIMESTAMP),
                    Column.of("sunset", ColumnType.TIMESTAMP),
                    Column.of("temp", ColumnType.DOUBLE),
                    Column.of("temp_max", ColumnType.DOUBLE),
                    Column.of("temp_min", ColumnType.DOUBLE),
                    Column.of("wind", ColumnType.DOUBLE)));

    public static final TableSchema FAKER = new TableSchema(
            "kafkapipeline",
            "fakerdata",
            List.of(
                    Column.key("name", ColumnType.TEXT),
                    Column.key("address", ColumnType.TEXT),
                    Column.of("city", ColumnType.TEXT),
                    Column.of("company", ColumnType.TEXT),
                    Column.of("country", ColumnType.TEXT),
                    Column.of("date_of_birth", ColumnType.DATE),
                    Column.of("email", ColumnType.TEXT),
                    Column.of("job", ColumnType.TEXT),
                    Column.of("phone_number", ColumnType.TEXT),
                    Column.of("year", ColumnType.INT)));

    public static final TableSchema SPACEX = new TableSchema(
            "kafkapipeline",
            "spacex_launches",
            List.of(
                    Column.key("launch_id", ColumnType.TEXT),
                    Column.of("launch_date_utc", ColumnType.TIMESTAMP),
                    Column.of("launch_success", ColumnType.BOOLEAN),
                    Column.of("mission_name", ColumnType.TEXT),
                    Column.of("payload_mass_kg", ColumnType.DOUBLE),
                    Column.of("payload_type", ColumnType.TEXT),
                    Column.of("rocket_name", ColumnType.TEXT),
                    Column.of("site_name", ColumnType.TEXT)));

    public static final SchemaCatalog CATALOG = new SchemaCatalog("kafkapipeline", List.of(WEATHER, FAKER, SPACEX));

    private SampleTables() {}

    /** Three observations per city for Hanoi and Ho Chi Minh City, one for Moscow. */
    public static Frame weather() {
        List<Object[]> rows = new ArrayList<>();
        Instant t0 = Instant.parse("2021-10-07T09:53:32Z");
        for (int h = 0; h < 3; h++) {
            Instant t = t0.plusSeconds(3600L * h);
            rows.add(weatherRow("Hanoi", t, 34.0 + h, 1003 - h, 64 + h));
            rows.add(weatherRow("Ho Chi Minh City", t, 30.0 - h, 1002 + h, 74 - h));
        }
        rows.add(weatherRow("Moscow", t0, 12.0, 1018, 40));
        return new Frame("weatherreport", WEATHER.columns(), rows);
    }

    private static Object[] weatherRow(String city, Instant t, double temp, int pressure, int humidity) {
        return new Object[] {
            city,
            t,
            "overcast clouds",
            temp + 2,
            humidity,
            pressure,
            t.minusSeconds(30_000),
            t.plusSeconds(20_000),
            temp,
            temp + 0.5,
            temp - 0.5,
            2.45
        };
    }

    public static Frame launches() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(launch(
                "5eb87cd9ffd86e000604b32a",
                "FalconSat",
                "2006-03-24T22:30:00Z",
                false,
                20.0,
                "Falcon 1",
                "Kwajalein Atoll"));
        rows.add(launch(
                "5eb87cdaffd86e000604b32b",
                "DemoSat",
                "2007-03-21T01:10:00Z",
                false,
                null,
                "Falcon 1",
                "Kwajalein Atoll"));
        rows.add(launch(
                "5eb87cdbffd86e000604b32c",
                "RatSat",
                "2008-09-28T23:15:00Z",
                true,
                165.0,
                "Falcon 1",
                "Kwajalein Atoll"));
        rows.add(launch(
                "5eb87cddffd86e000604b32f",
                "COTS 1",
                "2010-12-08T15:43:00Z",
                true,
                1200.0,
                "Falcon 9",
                "CCSFS SLC 40"));
        rows.add(launch(
                "5eb87d46ffd86e000604b389",
                "Starlink 4-1",
                "2020-12-01T00:00:00Z",
                true,
                15600.0,
                "Falcon 9",
                "CCSFS SLC 40"));
        rows.add(launch(
                "5eb87d13ffd86e000604b360",
                "Falcon Heavy Test",
                "2018-02-06T20:45:00Z",
                true,
                1350.0,
                "Falcon Heavy",
                "KSC LC 39A"));
        rows.add(launch(
                "62dd70d5202306255024d139", "Crew-5", "2022-10-05T16:00:00Z", null, null, "Falcon 9", "KSC LC 39A"));
        return new Frame("spacex_launches", SPACEX.columns(), rows);
    }

    private static Object[] launch(
            String id, String mission, String date, Boolean success, Double mass, String rocket, String site) {
        return new Object[] {id, Instant.parse(date), success, mission, mass, "Satellite", rocket, site};
    }

    public static Frame people() {
        List<Object[]> rows = new ArrayList<>();
        String[] countries = {"Viet Nam", "Canada", "Viet Nam", "Chile", "Canada", "Viet Nam"};
        String[] jobs = {"Engineer", "Teacher", "Engineer", "Nurse", "Teacher", "Engineer"};
        for (int i = 0; i < countries.length; i++) {
            rows.add(new Object[] {
                "Person " + i,
                i + " Main Street\nSpringfield, IL 62701",
                "Springfield",
                "Acme",
                countries[i],
                LocalDate.of(1950 + 9 * i, 1 + i, 3),
                "p" + i + "@example.com",
                jobs[i],
                "555-010" + i,
                1990 + i
            });
        }
        return new Frame("fakerdata", FAKER.columns(), rows);
    }

    public static Frame empty(TableSchema table) {
        return new Frame(table.name(), table.columns(), List.of());
    }
}
