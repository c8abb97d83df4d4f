package io.kafkapipeline.kafka.sink.integration;

import static io.kafkapipeline.common.testing.Samples.edited;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.cassandra.Table;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.contract.RecordType;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.testing.Samples;
import io.kafkapipeline.stack.LocalStack;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * JSON records as the producers send them land in their tables with exact column values; so do the looser forms a
 * topic may carry (integers where doubles belong, numbers as strings, nulls the contracts refuse), which the sink
 * converts as the CQL type allows, leaving null columns unset. Each record is a shared sample with its key and those
 * deviations edited in.
 */
class TopicsLandIT extends AbstractSinkIt {

    @Test
    void weatherReportsLand(LocalStack stack) {
        WeatherReport w = Samples.WEATHER;
        Landing reports = new Landing(stack, WeatherReport.TYPE);
        reports.add("hanoi", w, t -> t.put("feels_like", 12).put("humidity", "79"));
        reports.add("hue", w, t -> {
            t.put("forecastdate", "2021-10-07T05:00:00.123Z");
            t.putNull("description").put("temp_min", -2).put("temp_max", "0.5").put("pressure", "1000");
            t.put("wind", 0).putNull("sunrise").putNull("sunset");
        });

        reports.send();

        Row hanoi = reports.row("hanoi");
        assertThat(hanoi.getInstant("forecastdate")).isEqualTo(w.forecastdate());
        assertThat(hanoi.getString("description")).isEqualTo(w.description());
        assertThat(hanoi.getDouble("temp")).isEqualTo(w.temp());
        assertThat(hanoi.getDouble("feels_like")).isEqualTo(12.0);
        assertThat(hanoi.getDouble("temp_min")).isEqualTo(w.tempMin());
        assertThat(hanoi.getDouble("temp_max")).isEqualTo(w.tempMax());
        assertThat(hanoi.getInt("pressure")).isEqualTo(w.pressure());
        assertThat(hanoi.getInt("humidity")).isEqualTo(79);
        assertThat(hanoi.getDouble("wind")).isEqualTo(w.wind());
        assertThat(hanoi.getInstant("sunrise")).isEqualTo(w.sunrise());
        assertThat(hanoi.getInstant("sunset")).isEqualTo(w.sunset());

        Row hue = reports.row("hue");
        assertThat(hue.getInstant("forecastdate")).isEqualTo(Instant.parse("2021-10-07T05:00:00.123Z"));
        assertThat(hue.isNull("description")).isTrue();
        assertThat(hue.getDouble("temp_min")).isEqualTo(-2.0);
        assertThat(hue.getDouble("temp_max")).isEqualTo(0.5);
        assertThat(hue.getInt("pressure")).isEqualTo(1000);
        assertThat(hue.getDouble("wind")).isZero();
        assertThat(hue.isNull("sunrise")).isTrue();
        assertThat(hue.isNull("sunset")).isTrue();
    }

    @Test
    void fakerPeopleLand(LocalStack stack) {
        FakerPerson p = Samples.FAKER;
        String address = "12 Main St\nSpringfield, IL 62701";
        Landing people = new Landing(stack, FakerPerson.TYPE);
        people.add(
                "ada",
                p,
                t -> t.put("address", address)
                        .put("phone_number", "555-0100 x1234")
                        .put("company", "Lovelace & Co")
                        .put("country", "Việt Nam"));
        people.add("bob", p, t -> {
            t.put("year", "1987").put("date_of_birth", "1935-12-31");
            List.of("email", "company", "job", "city", "country").forEach(t::putNull);
        });

        people.send();

        Row ada = people.row("ada");
        assertThat(ada.getString("address")).isEqualTo(address);
        assertThat(ada.getInt("year")).isEqualTo(p.year());
        assertThat(ada.getString("email")).isEqualTo(p.email());
        assertThat(ada.getString("phone_number")).isEqualTo("555-0100 x1234");
        assertThat(ada.getString("company")).isEqualTo("Lovelace & Co");
        assertThat(ada.getString("job")).isEqualTo(p.job());
        assertThat(ada.getString("city")).isEqualTo(p.city());
        assertThat(ada.getString("country")).isEqualTo("Việt Nam");
        assertThat(ada.getLocalDate("date_of_birth")).isEqualTo(p.dateOfBirth());

        Row bob = people.row("bob");
        assertThat(bob.getInt("year")).isEqualTo(1987);
        assertThat(bob.isNull("email")).isTrue();
        assertThat(bob.isNull("company")).isTrue();
        assertThat(bob.getLocalDate("date_of_birth")).isEqualTo(LocalDate.of(1935, 12, 31));
    }

    @Test
    void spacexLaunchesLand(LocalStack stack) {
        SpacexLaunch l = Samples.SPACEX;
        Landing launches = new Landing(stack, SpacexLaunch.TYPE);
        launches.add(
                "past",
                l,
                t -> t.put("mission_name", "Türksat 5B")
                        .put("launch_date_utc", "2006-03-24T22:30:00.000Z")
                        .put("payload_mass_kg", 20));
        launches.add("next", Samples.SPACEX_UPCOMING, t -> t.put("mission_name", "Es’hail 2"));
        launches.add("ok", l, t -> t.put("launch_success", true).put("payload_mass_kg", 1977.5));

        launches.send();

        Row past = launches.row("past");
        assertThat(past.getString("mission_name")).isEqualTo("Türksat 5B");
        assertThat(past.getInstant("launch_date_utc")).isEqualTo(Instant.parse("2006-03-24T22:30:00Z"));
        assertThat(past.getString("rocket_name")).isEqualTo(l.rocketName());
        assertThat(past.getBoolean("launch_success")).isFalse();
        assertThat(past.isNull("launch_success")).isFalse();
        assertThat(past.getString("site_name")).isEqualTo(l.siteName());
        assertThat(past.getString("payload_type")).isEqualTo(l.payloadType());
        assertThat(past.getDouble("payload_mass_kg")).isEqualTo(20.0);

        Row next = launches.row("next");
        assertThat(next.getString("mission_name")).isEqualTo("Es’hail 2");
        assertThat(next.isNull("launch_success")).isTrue();
        assertThat(next.isNull("payload_type")).isTrue();
        assertThat(next.isNull("payload_mass_kg")).isTrue();

        Row ok = launches.row("ok");
        assertThat(ok.getBoolean("launch_success")).isTrue();
        assertThat(ok.getDouble("payload_mass_kg")).isEqualTo(1977.5);
    }

    /**
     * The records of one type that a test sends, each known by a name: its first key column (the schema's) holds
     * {@code <run id>-<name>}, which is also its Kafka key and finds its row again; other tests' rows do not count.
     */
    private static final class Landing {
        private final LocalStack stack;
        private final RecordType<?> type;
        private final Table table;
        private final String keyColumn;
        private final String run = SinkIt.runId();
        private final Map<String, String> records = new LinkedHashMap<>();

        Landing(LocalStack stack, RecordType<?> type) {
            this.stack = stack;
            this.type = type;
            this.table = Schema.table(type.table());
            this.keyColumn = table.primaryKey().get(0);
        }

        private String key(String name) {
            return run + "-" + name;
        }

        /** Adds {@code sample} as the record {@code name}: its key column set, then {@code edit} applied. */
        void add(String name, TableRecord sample, Consumer<ObjectNode> edit) {
            records.put(key(name), edited(sample, t -> {
                t.put(keyColumn, key(name));
                edit.accept(t);
            }));
        }

        /** Sends every record to the type's topic and waits until Kafka has them all. */
        void send() {
            SinkIt.send(stack, type.topic(), records);
        }

        /** The row of the record {@code name}, once it has landed. */
        Row row(String name) {
            return SinkIt.awaitRow(
                    stack,
                    table.name() + " " + key(name),
                    "SELECT * FROM " + table.qualifiedName() + " WHERE " + keyColumn + " = ?",
                    key(name));
        }
    }
}
