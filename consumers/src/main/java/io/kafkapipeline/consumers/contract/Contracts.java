package io.kafkapipeline.consumers.contract;

import static io.kafkapipeline.consumers.contract.ColumnType.BOOLEAN;
import static io.kafkapipeline.consumers.contract.ColumnType.DATE;
import static io.kafkapipeline.consumers.contract.ColumnType.DOUBLE;
import static io.kafkapipeline.consumers.contract.ColumnType.INT;
import static io.kafkapipeline.consumers.contract.ColumnType.TEXT;
import static io.kafkapipeline.consumers.contract.ColumnType.TIMESTAMP;

import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.contract.WeatherReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The three table contracts. Column names, key and parser come from {@code io.kafkapipeline.common.contract};
 * the types mirror {@code cassandra/schema/002-tables.cql}; the nullable columns mirror what the record classes
 * accept as null (boxed, not {@code requireNonNull}).
 */
public final class Contracts {

    public static final TableContract<WeatherReport> WEATHER = new TableContract<>(
            WeatherReport.TOPIC,
            WeatherReport.TABLE,
            WeatherReport.TYPE.columns(),
            Schema.table(WeatherReport.TABLE).primaryKey(),
            Map.ofEntries(
                    Map.entry("location", TEXT),
                    Map.entry("forecastdate", TIMESTAMP),
                    Map.entry("description", TEXT),
                    Map.entry("temp", DOUBLE),
                    Map.entry("feels_like", DOUBLE),
                    Map.entry("temp_min", DOUBLE),
                    Map.entry("temp_max", DOUBLE),
                    Map.entry("pressure", INT),
                    Map.entry("humidity", INT),
                    Map.entry("wind", DOUBLE),
                    Map.entry("sunrise", TIMESTAMP),
                    Map.entry("sunset", TIMESTAMP)),
            Set.of(),
            WeatherReport::fromJson);

    public static final TableContract<FakerPerson> FAKER = new TableContract<>(
            FakerPerson.TOPIC,
            FakerPerson.TABLE,
            FakerPerson.TYPE.columns(),
            Schema.table(FakerPerson.TABLE).primaryKey(),
            Map.ofEntries(
                    Map.entry("name", TEXT),
                    Map.entry("address", TEXT),
                    Map.entry("year", INT),
                    Map.entry("email", TEXT),
                    Map.entry("phone_number", TEXT),
                    Map.entry("company", TEXT),
                    Map.entry("job", TEXT),
                    Map.entry("city", TEXT),
                    Map.entry("country", TEXT),
                    Map.entry("date_of_birth", DATE)),
            Set.of(),
            FakerPerson::fromJson);

    public static final TableContract<SpacexLaunch> SPACEX = new TableContract<>(
            SpacexLaunch.TOPIC,
            SpacexLaunch.TABLE,
            SpacexLaunch.TYPE.columns(),
            Schema.table(SpacexLaunch.TABLE).primaryKey(),
            Map.of(
                    "launch_id", TEXT,
                    "mission_name", TEXT,
                    "launch_date_utc", TIMESTAMP,
                    "rocket_name", TEXT,
                    "launch_success", BOOLEAN,
                    "site_name", TEXT,
                    "payload_type", TEXT,
                    "payload_mass_kg", DOUBLE),
            Set.of(
                    "mission_name",
                    "launch_date_utc",
                    "rocket_name",
                    "launch_success",
                    "site_name",
                    "payload_type",
                    "payload_mass_kg"),
            SpacexLaunch::fromJson);

    public static final List<TableContract<?>> ALL = List.of(WEATHER, FAKER, SPACEX);

    private Contracts() {}

    /** The contract named weather, faker or spacex (case-insensitive). */
    public static Optional<TableContract<?>> byName(String name) {
        return ALL.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /** {@code weather|faker|spacex}. */
    public static String names() {
        return String.join("|", ALL.stream().map(TableContract::name).toList());
    }
}
