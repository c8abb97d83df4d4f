package io.kafkapipeline.kafka.sink.integration;

import static io.kafkapipeline.common.testing.Samples.edited;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.cql.Row;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.testing.Samples;
import io.kafkapipeline.stack.LocalStack;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        String run = SinkIt.runId();
        WeatherReport w = Samples.WEATHER;
        Map<String, String> records = new LinkedHashMap<>();
        records.put(
                run + "-hanoi",
                edited(
                        w,
                        t -> t.put("location", run + "-hanoi")
                                .put("feels_like", 12)
                                .put("humidity", "79")));
        records.put(run + "-hue", edited(w, t -> {
            t.put("location", run + "-hue").put("forecastdate", "2021-10-07T05:00:00.123Z");
            t.putNull("description").put("temp_min", -2).put("temp_max", "0.5").put("pressure", "1000");
            t.put("wind", 0).putNull("sunrise").putNull("sunset");
        }));

        SinkIt.send(stack, WeatherReport.TOPIC, records);

        Row hanoi = awaitRow(stack, WeatherReport.TABLE, "location", run + "-hanoi");
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

        Row hue = awaitRow(stack, WeatherReport.TABLE, "location", run + "-hue");
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
        String run = SinkIt.runId();
        FakerPerson p = Samples.FAKER;
        String address = "12 Main St\nSpringfield, IL 62701";
        Map<String, String> records = new LinkedHashMap<>();
        records.put(
                run + "-ada",
                edited(
                        p,
                        t -> t.put("name", run + "-ada")
                                .put("address", address)
                                .put("phone_number", "555-0100 x1234")
                                .put("company", "Lovelace & Co")
                                .put("country", "Việt Nam")));
        records.put(run + "-bob", edited(p, t -> {
            t.put("name", run + "-bob").put("year", "1987").put("date_of_birth", "1935-12-31");
            List.of("email", "company", "job", "city", "country").forEach(t::putNull);
        }));

        SinkIt.send(stack, FakerPerson.TOPIC, records);

        Row ada = awaitRow(stack, FakerPerson.TABLE, "name", run + "-ada");
        assertThat(ada.getString("address")).isEqualTo(address);
        assertThat(ada.getInt("year")).isEqualTo(p.year());
        assertThat(ada.getString("email")).isEqualTo(p.email());
        assertThat(ada.getString("phone_number")).isEqualTo("555-0100 x1234");
        assertThat(ada.getString("company")).isEqualTo("Lovelace & Co");
        assertThat(ada.getString("job")).isEqualTo(p.job());
        assertThat(ada.getString("city")).isEqualTo(p.city());
        assertThat(ada.getString("country")).isEqualTo("Việt Nam");
        assertThat(ada.getLocalDate("date_of_birth")).isEqualTo(p.dateOfBirth());

        Row bob = awaitRow(stack, FakerPerson.TABLE, "name", run + "-bob");
        assertThat(bob.getInt("year")).isEqualTo(1987);
        assertThat(bob.isNull("email")).isTrue();
        assertThat(bob.isNull("company")).isTrue();
        assertThat(bob.getLocalDate("date_of_birth")).isEqualTo(LocalDate.of(1935, 12, 31));
    }

    @Test
    void spacexLaunchesLand(LocalStack stack) {
        String run = SinkIt.runId();
        SpacexLaunch l = Samples.SPACEX;
        Map<String, String> records = new LinkedHashMap<>();
        records.put(
                run + "-past",
                edited(
                        l,
                        t -> t.put("launch_id", run + "-past")
                                .put("mission_name", "Türksat 5B")
                                .put("launch_date_utc", "2006-03-24T22:30:00.000Z")
                                .put("payload_mass_kg", 20)));
        records.put(
                run + "-next",
                edited(
                        Samples.SPACEX_UPCOMING,
                        t -> t.put("launch_id", run + "-next").put("mission_name", "Es’hail 2")));
        records.put(
                run + "-ok",
                edited(
                        l,
                        t -> t.put("launch_id", run + "-ok")
                                .put("launch_success", true)
                                .put("payload_mass_kg", 1977.5)));

        SinkIt.send(stack, SpacexLaunch.TOPIC, records);

        Row past = awaitRow(stack, SpacexLaunch.TABLE, "launch_id", run + "-past");
        assertThat(past.getString("mission_name")).isEqualTo("Türksat 5B");
        assertThat(past.getInstant("launch_date_utc")).isEqualTo(Instant.parse("2006-03-24T22:30:00Z"));
        assertThat(past.getString("rocket_name")).isEqualTo(l.rocketName());
        assertThat(past.getBoolean("launch_success")).isFalse();
        assertThat(past.isNull("launch_success")).isFalse();
        assertThat(past.getString("site_name")).isEqualTo(l.siteName());
        assertThat(past.getString("payload_type")).isEqualTo(l.payloadType());
        assertThat(past.getDouble("payload_mass_kg")).isEqualTo(20.0);

        Row next = awaitRow(stack, SpacexLaunch.TABLE, "launch_id", run + "-next");
        assertThat(next.getString("mission_name")).isEqualTo("Es’hail 2");
        assertThat(next.isNull("launch_success")).isTrue();
        assertThat(next.isNull("payload_type")).isTrue();
        assertThat(next.isNull("payload_mass_kg")).isTrue();

        Row ok = awaitRow(stack, SpacexLaunch.TABLE, "launch_id", run + "-ok");
        assertThat(ok.getBoolean("launch_success")).isTrue();
        assertThat(ok.getDouble("payload_mass_kg")).isEqualTo(1977.5);
    }

    /** The row of {@code table} whose first key column {@code column} is {@code key}, once it has landed. */
    private static Row awaitRow(LocalStack stack, String table, String column, String key) {
        return SinkIt.awaitRow(
                stack,
                table + " " + key,
                "SELECT * FROM " + Schema.table(table).qualifiedName() + " WHERE " + column + " = ?",
                key);
    }
}
