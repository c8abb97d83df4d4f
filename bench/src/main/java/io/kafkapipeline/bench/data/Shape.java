package io.kafkapipeline.bench.data;

import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.cassandra.Table;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.contract.RecordType;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.people.PersonGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The record shapes the benchmarks write: the pipeline's own contracts, generated reproducibly. Table, columns and
 * key come from the schema model; the connector that writes the table is found by its mapping (see
 * {@code BenchStack#connectorConfig}).
 */
public enum Shape {

    /** {@code fakerdata} rows from the faker producer's own generator; one partition key per row. */
    FAKER(FakerPerson.TYPE) {
        @Override
        public List<BenchRecord> generate(int count, long seed) {
            PersonGenerator generator = new PersonGenerator(
                    Locale.ENGLISH,
                    new Random(seed),
                    Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
            List<BenchRecord> records = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                // A unique primary key per record, so N records are N rows.
                FakerPerson p = generator.next();
                records.add(BenchRecord.of(p.withAddress(p.address() + " #" + i)));
            }
            return records;
        }
    },

    /** {@code weatherreport} rows: 20 cities, one observation a minute each (many rows per partition key). */
    WEATHER(WeatherReport.TYPE) {
        @Override
        public List<BenchRecord> generate(int count, long seed) {
            Random random = new Random(seed);
            Instant base = Instant.parse("2026-01-01T00:00:00Z");
            String[] descriptions = {"clear sky", "few clouds", "light rain", "moderate rain", "overcast clouds"};
            List<BenchRecord> records = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                double temp = Math.round((15 + random.nextDouble() * 20) * 100) / 100.0;
                records.add(BenchRecord.of(new WeatherReport(
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
                        base.plusSeconds(18 * 3600))));
            }
            return records;
        }
    };

    static final int CITIES = 20;

    private final RecordType<?> type;
    private final Table table;

    Shape(RecordType<?> type) {
        this.type = type;
        this.table = Schema.table(type.table());
    }

    /** {@code count} records; the same seed gives the same records. */
    public abstract List<BenchRecord> generate(int count, long seed);

    /** The pipeline's own topic of these records (the benchmarks use topics of their own). */
    public String topic() {
        return type.topic();
    }

    /** keyspace.table */
    public String table() {
        return table.qualifiedName();
    }

    /** The table's columns in schema order, which is the order of {@link BenchRecord#values()}. */
    public List<String> columns() {
        return table.columnNames();
    }

    public String insertCql() {
        return "INSERT INTO " + table() + " (" + String.join(", ", columns()) + ") VALUES ("
                + String.join(", ", columns().stream().map(c -> "?").toList()) + ")";
    }

    /** A query of one row by its full primary key; bind {@link #keyOf}. */
    public String selectByKeyCql() {
        List<String> key = table.primaryKey();
        return "SELECT " + key.get(0) + " FROM " + table() + " WHERE "
                + String.join(" AND ", key.stream().map(c -> c + " = ?").toList());
    }

    /** The primary key values of {@code record}, in the order {@link #selectByKeyCql} binds them. */
    public Object[] keyOf(BenchRecord record) {
        return table.primaryKey().stream()
                .map(c -> record.values().get(columns().indexOf(c)))
                .toArray();
    }

    public String label() {
        return table.name();
    }
}
