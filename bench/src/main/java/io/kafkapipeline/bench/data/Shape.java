package io.kafkapipeline.bench.data;

import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.faker.PersonGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The record shapes the benchmarks write: the pipeline's own contracts, generated reproducibly. */
public enum Shape {

    /** {@code fakerdata} rows from the faker producer's own generator; one partition key per row. */
    FAKER("fakerdata", "fakersink.json", FakerPerson.TYPE.columns()) {
        @Override
        public List<BenchRecord> generate(int count, long seed) {
            PersonGenerator generator = new PersonGenerator(
                    Locale.ENGLISH,
                    new Random(seed),
                    Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
            List<BenchRecord> records = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                FakerPerson p = generator.next();
                // A unique primary key per record, so N records are N rows.
                FakerPerson u = new FakerPerson(
                        p.name(),
                        p.address() + " #" + i,
                        p.year(),
                        p.email(),
                        p.phoneNumber(),
                        p.company(),
                        p.job(),
                        p.city(),
                        p.country(),
                        p.dateOfBirth());
                records.add(new BenchRecord(
                        u.key(),
                        u.toJson(),
                        List.of(
                                u.name(),
                                u.address(),
                                u.year(),
                                u.email(),
                                u.phoneNumber(),
                                u.company(),
                                u.job(),
                                u.city(),
                                u.country(),
                                u.dateOfBirth())));
            }
            return records;
        }
    },

    /** {@code weatherreport} rows: 20 cities, one observation a minute each (many rows per partition key). */
    WEATHER("weatherreport", "weathersink.json", WeatherReport.TYPE.columns()) {
        @Override
        public List<BenchRecord> generate(int count, long seed) {
            Random random = new Random(seed);
            Instant base = Instant.parse("2026-01-01T00:00:00Z");
            String[] descriptions = {"clear sky", "few clouds", "light rain", "moderate rain", "overcast clouds"};
            List<BenchRecord> records = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                double temp = Math.round((15 + random.nextDouble() * 20) * 100) / 100.0;
                WeatherReport w = new WeatherReport(
                        "City " + (i % CITIES),
                        base.plusSeconds(60L * (i / CITIES)),
                        descriptions[random.nextInt(descriptions.length)],
                        temp,
                        temp + 1.5,
                        temp - 2,
                        temp + 2,
                        1000 + random.nextInt(30),
                        40 + random.nextInt(60),
                        Math.round(random.nextDouble() * 1000) / 100.0,
                        base.plusSeconds(6 * 3600),
                        base.plusSeconds(18 * 3600));
                records.add(new BenchRecord(
                        w.key(),
                        w.toJson(),
                        List.of(
                                w.location(),
                                w.forecastdate(),
                                w.description(),
                                w.temp(),
                                w.feelsLike(),
                                w.tempMin(),
                                w.tempMax(),
                                w.pressure(),
                                w.humidity(),
                                w.wind(),
                                w.sunrise(),
                                w.sunset())));
            }
            return records;
        }
    };

    static final int CITIES = 20;
    public static final String KEYSPACE = "kafkapipeline";

    private final String table;
    private final String connectorFile;
    private final List<String> columns;

    Shape(String table, String connectorFile, List<String> columns) {
        this.table = table;
        this.connectorFile = connectorFile;
        this.columns = columns;
    }

    /** {@code count} records; the same seed gives the same records. */
    public abstract List<BenchRecord> generate(int count, long seed);

    /** keyspace.table */
    public String table() {
        return KEYSPACE + "." + table;
    }

    /** The pipeline's connector config (in {@code kafka/connect/}) that writes this table. */
    public String connectorFile() {
        return connectorFile;
    }

    public List<String> columns() {
        return columns;
    }

    public String insertCql() {
        return "INSERT INTO " + table() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    /** A query of one row by its primary key (the first two columns). */
    public String selectByKeyCql() {
        return "SELECT " + columns.get(0) + " FROM " + table() + " WHERE " + columns.get(0) + " = ? AND "
                + columns.get(1) + " = ?";
    }

    public String label() {
        return table;
    }
}
