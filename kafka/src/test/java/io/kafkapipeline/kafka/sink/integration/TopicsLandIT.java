package io.kafkapipeline.kafka.sink.integration;

import static io.kafkapipeline.kafka.sink.integration.SinkIt.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.cql.Row;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** JSON records as the producers send them land in their tables with exact column values. */
@ExtendWith(LocalStackExtension.class)
class TopicsLandIT {

    @BeforeAll
    static void connectorsRunning(LocalStack stack) {
        SinkIt.awaitConnectorsRunning(stack);
    }

    @Test
    void weatherReportsLand(LocalStack stack) {
        String run = SinkIt.runId();
        Map<String, String> records = new LinkedHashMap<>();
        records.put(
                run + "-hanoi|2021-10-07T04:35:32Z",
                json(
                        "location",
                        run + "-hanoi",
                        "forecastdate",
                        "2021-10-07T04:35:32Z",
                        "description",
                        "light rain",
                        "temp",
                        304.3,
                        "feels_like",
                        12,
                        "temp_min",
                        300.15,
                        "temp_max",
                        305.5,
                        "pressure",
                        1012,
                        "humidity",
                        "79",
                        "wind",
                        3.6,
                        "sunrise",
                        "2021-10-06T23:00:00Z",
                        "sunset",
                        "2021-10-07T11:00:00Z"));
        records.put(
                run + "-hue|2021-10-07T05:00:00.123Z",
                json(
                        "location",
                        run + "-hue",
                        "forecastdate",
                        "2021-10-07T05:00:00.123Z",
                        "description",
                        null,
                        "temp",
                        -1.5,
                        "feels_like",
                        -4.25,
                        "temp_min",
                        -2,
                        "temp_max",
                        "0.5",
                        "pressure",
                        "1000",
                        "humidity",
                        50,
                        "wind",
                        0,
                        "sunrise",
                        null,
                        "sunset",
                        null));

        SinkIt.send(stack, "weather", records);

        Row hanoi = SinkIt.awaitRow(
                stack,
                "weather report " + run + "-hanoi",
                "SELECT * FROM kafkapipeline.weatherreport WHERE location = ?",
                run + "-hanoi");
        assertThat(hanoi.getInstant("forecastdate")).isEqualTo(Instant.parse("2021-10-07T04:35:32Z"));
        assertThat(hanoi.getString("description")).isEqualTo("light rain");
        assertThat(hanoi.getDouble("temp")).isEqualTo(304.3);
        assertThat(hanoi.getDouble("feels_like")).isEqualTo(12.0);
        assertThat(hanoi.getDouble("temp_min")).isEqualTo(300.15);
        assertThat(hanoi.getDouble("temp_max")).isEqualTo(305.5);
        assertThat(hanoi.getInt("pressure")).isEqualTo(1012);
        assertThat(hanoi.getInt("humidity")).isEqualTo(79);
        assertThat(hanoi.getDouble("wind")).isEqualTo(3.6);
        assertThat(hanoi.getInstant("sunrise")).isEqualTo(Instant.parse("2021-10-06T23:00:00Z"));
        assertThat(hanoi.getInstant("sunset")).isEqualTo(Instant.parse("2021-10-07T11:00:00Z"));

        Row hue = SinkIt.awaitRow(
                stack,
                "weather report " + run + "-hue",
                "SELECT * FROM kafkapipeline.weatherreport WHERE location = ?",
                run + "-hue");
        assertThat(hue.getInstant("forecastdate")).isEqualTo(Instant.parse("2021-10-07T05:00:00.123Z"));
        assertThat(hue.isNull("description")).isTrue();
        assertThat(hue.getDouble("temp")).isEqualTo(-1.5);
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
        String address = "12 Main St\nSpringfield, IL 62701";
        Map<String, String> records = new LinkedHashMap<>();
        records.put(
                run + "-ada",
                json(
                        "name",
                        run + "-ada",
                        "address",
                        address,
                        "year",
                        1994,
                        "email",
                        "ada@example.org",
                        "phone_number",
                        "555-0100 x1234",
                        "company",
                        "Lovelace & Co",
                        "job",
                        "Engineer",
                        "city",
                        "Springfield",
                        "country",
                        "Việt Nam",
                        "date_of_birth",
                        "1990-05-17"));
        records.put(
                run + "-bob",
                json(
                        "name",
                        run + "-bob",
                        "address",
                        "1 Road",
                        "year",
                        "1987",
                        "email",
                        null,
                        "phone_number",
                        "+84 24 1234 5678",
                        "company",
                        null,
                        "job",
                        null,
                        "city",
                        null,
                        "country",
                        null,
                        "date_of_birth",
                        "1935-12-31"));

        SinkIt.send(stack, "faker", records);

        Row ada = SinkIt.awaitRow(
                stack, "person " + run + "-ada", "SELECT * FROM kafkapipeline.fakerdata WHERE name = ?", run + "-ada");
        assertThat(ada.getString("address")).isEqualTo(address);
        assertThat(ada.getInt("year")).isEqualTo(1994);
        assertThat(ada.getString("email")).isEqualTo("ada@example.org");
        assertThat(ada.getString("phone_number")).isEqualTo("555-0100 x1234");
        assertThat(ada.getString("company")).isEqualTo("Lovelace & Co");
        assertThat(ada.getString("job")).isEqualTo("Engineer");
        assertThat(ada.getString("city")).isEqualTo("Springfield");
        assertThat(ada.getString("country")).isEqualTo("Việt Nam");
        assertThat(ada.getLocalDate("date_of_birth")).isEqualTo(LocalDate.of(1990, 5, 17));

        Row bob = SinkIt.awaitRow(
                stack, "person " + run + "-bob", "SELECT * FROM kafkapipeline.fakerdata WHERE name = ?", run + "-bob");
        assertThat(bob.getInt("year")).isEqualTo(1987);
        assertThat(bob.isNull("email")).isTrue();
        assertThat(bob.isNull("company")).isTrue();
        assertThat(bob.getLocalDate("date_of_birth")).isEqualTo(LocalDate.of(1935, 12, 31));
    }

    @Test
    void spacexLaunchesLand(LocalStack stack) {
        String run = SinkIt.runId();
        Map<String, String> records = new LinkedHashMap<>();
        records.put(
                run + "-past",
                json(
                        "launch_id",
                        run + "-past",
                        "mission_name",
                        "Türksat 5B",
                        "launch_date_utc",
                        "2006-03-24T22:30:00.000Z",
                        "rocket_name",
                        "Falcon 1",
                        "launch_success",
                        false,
                        "site_name",
                        "Kwajalein Atoll",
                        "payload_type",
                        "Satellite",
                        "payload_mass_kg",
                        20));
        records.put(
                run + "-next",
                json(
                        "launch_id",
                        run + "-next",
                        "mission_name",
                        "Es’hail 2",
                        "launch_date_utc",
                        "2022-12-01T00:00:00Z",
                        "rocket_name",
                        "Falcon 9",
                        "launch_success",
                        null,
                        "site_name",
                        "CCSFS SLC 40",
                        "payload_type",
                        null,
                        "payload_mass_kg",
                        null));
        records.put(
                run + "-ok",
                json(
                        "launch_id",
                        run + "-ok",
                        "mission_name",
                        "CRS-20",
                        "launch_date_utc",
                        "2020-03-07T04:50:31Z",
                        "rocket_name",
                        "Falcon 9",
                        "launch_success",
                        true,
                        "site_name",
                        "CCSFS SLC 40",
                        "payload_type",
                        "Dragon 1.1",
                        "payload_mass_kg",
                        1977.5));

        SinkIt.send(stack, "spacex", records);

        Row past = SinkIt.awaitRow(
                stack,
                "launch " + run + "-past",
                "SELECT * FROM kafkapipeline.spacex_launches WHERE launch_id = ?",
                run + "-past");
        assertThat(past.getString("mission_name")).isEqualTo("Türksat 5B");
        assertThat(past.getInstant("launch_date_utc")).isEqualTo(Instant.parse("2006-03-24T22:30:00Z"));
        assertThat(past.getString("rocket_name")).isEqualTo("Falcon 1");
        assertThat(past.getBoolean("launch_success")).isFalse();
        assertThat(past.isNull("launch_success")).isFalse();
        assertThat(past.getString("site_name")).isEqualTo("Kwajalein Atoll");
        assertThat(past.getString("payload_type")).isEqualTo("Satellite");
        assertThat(past.getDouble("payload_mass_kg")).isEqualTo(20.0);

        Row next = SinkIt.awaitRow(
                stack,
                "launch " + run + "-next",
                "SELECT * FROM kafkapipeline.spacex_launches WHERE launch_id = ?",
                run + "-next");
        assertThat(next.getString("mission_name")).isEqualTo("Es’hail 2");
        assertThat(next.isNull("launch_success")).isTrue();
        assertThat(next.isNull("payload_type")).isTrue();
        assertThat(next.isNull("payload_mass_kg")).isTrue();

        Row ok = SinkIt.awaitRow(
                stack,
                "launch " + run + "-ok",
                "SELECT * FROM kafkapipeline.spacex_launches WHERE launch_id = ?",
                run + "-ok");
        assertThat(ok.getBoolean("launch_success")).isTrue();
        assertThat(ok.getDouble("payload_mass_kg")).isEqualTo(1977.5);
    }
}
