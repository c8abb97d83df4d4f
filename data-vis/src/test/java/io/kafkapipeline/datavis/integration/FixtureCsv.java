package io.kafkapipeline.datavis.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kafkapipeline.datavis.csv.CsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/**
 * CSV files for the three tables, made from real recorded API responses (src/test/resources/fixtures, copied from
 * shared/fixtures; see SOURCES.md there) the way the producers map them, for the ITs to load with data-vis:
 * <ul>
 *   <li>weatherreport: the Hanoi, Ho Chi Minh City and Moscow observations and the 40 items of the London 5-day
 *       forecast, temperatures in °C (the producer's default OWM_UNITS=metric);</li>
 *   <li>spacex_launches: the 193 launches of the September 2022 dump, rocket, launch pad and first payload joined
 *       by id;</li>
 *   <li>fakerdata: has no recording (the source is synthetic): seeded datafaker people, drawn as faker-producer's
 *       PersonGenerator does, every third address on two lines like the seed's Python Faker.</li>
 * </ul>
 */
final class FixtureCsv {

    static final String WEATHER_HEADER =
            "location,forecastdate,description,temp,feels_like,temp_min,temp_max,pressure,humidity,wind,sunrise,sunset";
    static final String SPACEX_HEADER =
            "launch_id,mission_name,launch_date_utc,rocket_name,launch_success,site_name,payload_type,payload_mass_kg";
    static final String FAKER_HEADER = "name,address,year,email,phone_number,company,job,city,country,date_of_birth";
    static final int PEOPLE = 150;
    static final int LAUNCHES = 193;
    static final int WEATHER_ROWS = 43;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double ZERO_CELSIUS = 273.15;

    private FixtureCsv() {}

    /** Writes weatherreport.csv, spacex_launches.csv and fakerdata.csv into {@code dir}; returns table → file. */
    static Map<String, Path> writeAll(Path dir) {
        try {
            Files.createDirectories(dir);
            Map<String, Path> files = new LinkedHashMap<>();
            files.put("weatherreport", write(dir.resolve("weatherreport.csv"), WEATHER_HEADER, weatherRows()));
            files.put("spacex_launches", write(dir.resolve("spacex_launches.csv"), SPACEX_HEADER, launchRows()));
            files.put("fakerdata", write(dir.resolve("fakerdata.csv"), FAKER_HEADER, peopleRows()));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String header, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(out);
            csv.write(Arrays.asList(header.split(",")));
            rows.forEach(csv::write);
        }
        return file;
    }

    static List<List<String>> weatherRows() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(observation("Hanoi", read("owm/weather_hanoi_q-Ha-Noi_standard_2021-10-07.json"), true));
        rows.add(observation(
                "Ho Chi Minh City", read("owm/weather_hochiminh_q-Ho-Chi-Minh_standard_2021-10-07.json"), true));
        rows.add(observation("Moscow", read("owm/weather_moscow_id-524901_metric_lang-ru_2020-05-01.json"), false));
        JsonNode forecast = read("owm/forecast_5day_london_standard_2025-03-20.json");
        JsonNode city = forecast.get("city");
        for (JsonNode item : forecast.get("list")) {
            rows.add(row(
                    "London",
                    item,
                    city.get("sunrise").asLong(),
                    city.get("sunset").asLong(),
                    true));
        }
        return rows;
    }

    private static List<String> observation(String location, JsonNode body, boolean kelvin) {
        JsonNode sys = body.get("sys");
        return row(
                location, body, sys.get("sunrise").asLong(), sys.get("sunset").asLong(), kelvin);
    }

    private static List<String> row(String location, JsonNode item, long sunrise, long sunset, boolean kelvin) {
        JsonNode main = item.get("main");
        return List.of(
                location,
                Instant.ofEpochSecond(item.get("dt").asLong()).toString(),
                item.get("weather").get(0).get("description").asText(),
                celsius(main.get("temp"), kelvin),
                celsius(main.get("feels_like"), kelvin),
                celsius(main.get("temp_min"), kelvin),
                celsius(main.get("temp_max"), kelvin),
                main.get("pressure").asText(),
                main.get("humidity").asText(),
                Double.toString(item.get("wind").get("speed").asDouble()),
                Instant.ofEpochSecond(sunrise).toString(),
                Instant.ofEpochSecond(sunset).toString());
    }

    private static String celsius(JsonNode value, boolean kelvin) {
        double v = kelvin ? value.asDouble() - ZERO_CELSIUS : value.asDouble();
        return Double.toString(Math.round(v * 100) / 100.0);
    }

    static List<List<String>> launchRows() throws IOException {
        Map<String, JsonNode> rockets = byId(read("spacex/rockets_v4_all_4.json"));
        Map<String, JsonNode> pads = byId(read("spacex/launchpads_v4_all_6_2022-09.json"));
        Map<String, JsonNode> payloads = byId(read("spacex/payloads_v4_all_225.json"));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode launch : read("spacex/launches_v4_all_193_2022-09.json")) {
            JsonNode payload = launch.get("payloads").size() == 0
                    ? null
                    : payloads.get(launch.get("payloads").get(0).asText());
            rows.add(Arrays.asList(
                    launch.get("id").asText(),
                    launch.get("name").asText(),
                    Instant.parse(launch.get("date_utc").asText()).toString(),
                    text(rockets.get(launch.get("rocket").asText()), "name"),
                    launch.get("success").isNull()
                            ? null
                            : launch.get("success").asText(),
                    text(pads.get(launch.get("launchpad").asText()), "name"),
                    text(payload, "type"),
                    payload == null || payload.get("mass_kg").isNull()
                            ? null
                            : Double.toString(payload.get("mass_kg").asDouble())));
        }
        return rows;
    }

    private static String text(JsonNode node, String field) {
        return node == null || node.get(field) == null || node.get(field).isNull()
                ? null
                : node.get(field).asText();
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(n -> map.put(n.get("id").asText(), n));
        return map;
    }

    static List<List<String>> peopleRows() {
        Faker faker = new Faker(Locale.ENGLISH, new Random(2574));
        LocalDate today = LocalDate.now(Clock.systemUTC());
        long oldest = today.minusYears(90).toEpochDay();
        long youngest = today.minusYears(18).toEpochDay();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String address = i % 3 == 0
                    ? faker.address().streetAddress() + "\n" + faker.address().city() + ", "
                            + faker.address().stateAbbr() + " "
                            + faker.address().zipCode()
                    : faker.address().fullAddress();
            rows.add(List.of(
                    faker.name().fullName(),
                    address,
                    Integer.toString(faker.number().numberBetween(1970, today.getYear() + 1)),
                    faker.internet().emailAddress(),
                    faker.phoneNumber().phoneNumber(),
                    faker.company().name(),
                    faker.job().title(),
                    faker.address().city(),
                    faker.address().country(),
                    LocalDate.ofEpochDay(faker.number().numberBetween(oldest, youngest + 1))
                            .toString()));
        }
        return rows;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = FixtureCsv.class.getResourceAsStream("/fixtures/" + resource)) {
            if (in == null) {
                throw new IOException("missing test resource fixtures/" + resource);
            }
            return JSON.readTree(in);
        }
    }

    /** Today's date in UTC, for checks on birth dates. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
