package io.kafkapipeline.datavis.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.contract.ClassifiedPost;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.contract.RecordType;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.datavis.csv.CsvWriter;
import io.kafkapipeline.people.PersonGenerator;
import io.kafkapipeline.stack.PipelineHome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jsoup.Jsoup;

/**
 * CSV files for the tables, made of the pipeline's own records ({@code common}'s contracts, so the header is the
 * record's column list) built from real recorded API responses the way the producers map them, for the ITs to load
 * with data-vis:
 * <ul>
 *   <li>weatherreport: the Hanoi, Ho Chi Minh City and Moscow observations that owm-producer replays (read in place
 *       from its {@code replay/owm/}) and the 40 items of a London 5-day forecast (this module's only recording,
 *       {@code src/test/resources/fixtures/owm/}), temperatures in °C (the producer's default OWM_UNITS=metric);</li>
 *   <li>spacex_launches: the 193 launches of the September 2022 dump that spacex-producer replays (read in place from
 *       its {@code replay/spacex/}), rocket, launch pad and first payload joined by id;</li>
 *   <li>fakerdata: has no recording (the source is synthetic): seeded people from faker-producer's own generator
 *       ({@code people/}), every third address on two lines like the seed's Python Faker;</li>
 *   <li>twitterdata: the English (or undeclared) posts of the four timelines of 17 July 2025 that social-producer
 *       replays (read in place from its {@code replay/mastodon/}): a boost stands for the boosted post, HTML as text
 *       (jsoup), the location named as the producer names it. Their label and score are seeded random (score &ge; 0.5:
 *       Positive, as the classifier writes them): data-vis draws labels, consumers/ tests the model that makes them.</li>
 * </ul>
 */
final class FixtureCsv {

    static final int PEOPLE = 150;
    static final int LAUNCHES = 193;
    static final int WEATHER_ROWS = 43;
    static final int POSTS = 46;

    /** Rows each table has once {@link #writeAll}'s files are loaded. */
    static final Map<String, Integer> ROWS = Map.of(
            WeatherReport.TABLE, WEATHER_ROWS,
            SpacexLaunch.TABLE, LAUNCHES,
            FakerPerson.TABLE, PEOPLE,
            ClassifiedPost.TABLE, POSTS);

    private static final Path OWM_REPLAY = Path.of("owm-producer", "src", "main", "resources", "replay", "owm");
    private static final Path SPACEX_REPLAY =
            Path.of("spacex-producer", "src", "main", "resources", "replay", "spacex");
    private static final Path MASTODON_REPLAY =
            Path.of("social-producer", "src", "main", "resources", "replay", "mastodon");
    /** The recorded timelines of 17 July 2025 and the location social-producer gives their posts. */
    private static final Map<String, String> TIMELINES = Map.of(
            "timeline_tag_rstats_mastodon.social_2025-07-17.json", "mastodon.social#rstats",
            "timeline_public_mastodon.social_2025-07-17_filtered.json", "mastodon.social/public",
            "timeline_public_local_fosstodon.org_2025-07-17.json", "fosstodon.org/local",
            "timeline_public_fosstodon.org_2025-07-17_filtered.json", "fosstodon.org/public");

    private static final double ZERO_CELSIUS = 273.15;

    private FixtureCsv() {}

    /** Writes a CSV file per table of the schema ({@code <table>.csv}) into {@code dir}; returns table → file. */
    static Map<String, Path> writeAll(Path dir) {
        try {
            Files.createDirectories(dir);
            Map<String, Path> files = new LinkedHashMap<>();
            files.put(WeatherReport.TABLE, write(dir, WeatherReport.TYPE, weather()));
            files.put(SpacexLaunch.TABLE, write(dir, SpacexLaunch.TYPE, launches()));
            files.put(FakerPerson.TABLE, write(dir, FakerPerson.TYPE, people()));
            files.put(ClassifiedPost.TABLE, write(dir, ClassifiedPost.TYPE, posts()));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <table>.csv}: the record's columns, then one line per record, each field as its JSON text. */
    private static <T extends TableRecord> Path write(Path dir, RecordType<T> type, List<T> records)
            throws IOException {
        Path file = dir.resolve(type.table() + ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(out);
            csv.write(type.columns());
            for (T record : records) {
                JsonNode fields = Json.mapper().valueToTree(record);
                csv.write(type.columns().stream()
                        .map(c -> fields.get(c).isNull() ? null : fields.get(c).asText())
                        .toList());
            }
        }
        return file;
    }

    static List<WeatherReport> weather() throws IOException {
        List<WeatherReport> rows = new ArrayList<>();
        rows.add(observation("Hanoi", replay(OWM_REPLAY, "weather_hanoi_q-Ha-Noi_standard_2021-10-07.json"), true));
        rows.add(observation(
                "Ho Chi Minh City",
                replay(OWM_REPLAY, "weather_hochiminh_q-Ho-Chi-Minh_standard_2021-10-07.json"),
                true));
        rows.add(observation(
                "Moscow", replay(OWM_REPLAY, "weather_moscow_id-524901_metric_lang-ru_2020-05-01.json"), false));
        JsonNode forecast = resource("owm/forecast_5day_london_standard_2025-03-20.json");
        JsonNode city = forecast.get("city");
        for (JsonNode item : forecast.get("list")) {
            rows.add(report(
                    "London",
                    item,
                    city.get("sunrise").asLong(),
                    city.get("sunset").asLong(),
                    true));
        }
        return rows;
    }

    private static WeatherReport observation(String location, JsonNode body, boolean kelvin) {
        JsonNode sys = body.get("sys");
        return report(
                location, body, sys.get("sunrise").asLong(), sys.get("sunset").asLong(), kelvin);
    }

    private static WeatherReport report(String location, JsonNode item, long sunrise, long sunset, boolean kelvin) {
        JsonNode main = item.get("main");
        return new WeatherReport(
                location,
                Instant.ofEpochSecond(item.get("dt").asLong()),
                item.get("weather").get(0).get("description").asText(),
                celsius(main.get("temp"), kelvin),
                celsius(main.get("feels_like"), kelvin),
                celsius(main.get("temp_min"), kelvin),
                celsius(main.get("temp_max"), kelvin),
                main.get("pressure").asInt(),
                main.get("humidity").asInt(),
                item.get("wind").get("speed").asDouble(),
                Instant.ofEpochSecond(sunrise),
                Instant.ofEpochSecond(sunset));
    }

    private static double celsius(JsonNode value, boolean kelvin) {
        double v = kelvin ? value.asDouble() - ZERO_CELSIUS : value.asDouble();
        return Math.round(v * 100) / 100.0;
    }

    static List<SpacexLaunch> launches() throws IOException {
        Map<String, JsonNode> rockets = byId(replay(SPACEX_REPLAY, "rockets_v4_all_4.json"));
        Map<String, JsonNode> pads = byId(replay(SPACEX_REPLAY, "launchpads_v4_all_6_2022-09.json"));
        Map<String, JsonNode> payloads = byId(replay(SPACEX_REPLAY, "payloads_v4_all_225.json"));
        List<SpacexLaunch> rows = new ArrayList<>();
        for (JsonNode launch : replay(SPACEX_REPLAY, "launches_v4_all_193_2022-09.json")) {
            JsonNode payload = launch.get("payloads").size() == 0
                    ? null
                    : payloads.get(launch.get("payloads").get(0).asText());
            JsonNode success = launch.get("success");
            rows.add(new SpacexLaunch(
                    launch.get("id").asText(),
                    launch.get("name").asText(),
                    Instant.parse(launch.get("date_utc").asText()),
                    text(rockets.get(launch.get("rocket").asText()), "name"),
                    success.isNull() ? null : success.asBoolean(),
                    text(pads.get(launch.get("launchpad").asText()), "name"),
                    text(payload, "type"),
                    payload == null || payload.get("mass_kg").isNull()
                            ? null
                            : payload.get("mass_kg").asDouble()));
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

    /** {@value #PEOPLE} seeded people of faker-producer's generator; every third address on two lines. */
    static List<FakerPerson> people() {
        PersonGenerator generator = new PersonGenerator(Locale.ENGLISH, new Random(2574), Clock.systemUTC());
        List<FakerPerson> rows = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            FakerPerson p = generator.next();
            rows.add(i % 3 == 0 ? p.withAddress(p.address().replaceFirst(", ", "\n")) : p);
        }
        return rows;
    }

    /** The recorded English (or undeclared) posts, classified with seeded labels; one per row key. */
    static List<ClassifiedPost> posts() throws IOException {
        Random random = new Random(16);
        Map<String, ClassifiedPost> rows = new LinkedHashMap<>();
        for (Map.Entry<String, String> timeline : new TreeMap<>(TIMELINES).entrySet()) {
            for (JsonNode status : replay(MASTODON_REPLAY, timeline.getKey())) {
                JsonNode post = status.path("reblog").isObject() ? status.get("reblog") : status;
                String lang = text(post, "language");
                if (lang != null && !lang.equals("en")) {
                    continue; // the classifier skips them
                }
                double score = Math.round(random.nextDouble() * 1000) / 1000.0;
                ClassifiedPost row = new ClassifiedPost(
                        timeline.getValue(),
                        Instant.parse(post.get("created_at").asText()),
                        post.get("id").asText(),
                        Jsoup.parseBodyFragment(post.path("content").asText(""))
                                .body()
                                .text(),
                        score >= 0.5 ? ClassifiedPost.POSITIVE : ClassifiedPost.NEGATIVE,
                        score,
                        lang,
                        text(post, "url"),
                        "replay");
                rows.putIfAbsent(row.key(), row);
            }
        }
        return List.copyOf(rows.values());
    }

    /** A producer's recorded response, read in place from its replay folder; fails naming the missing path. */
    private static JsonNode replay(Path folder, String file) throws IOException {
        Path path = PipelineHome.find().resolve(folder).resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Recorded API response " + path + " is missing: the data-vis ITs read"
                    + " the producers' replay files in place (moved or renamed? update FixtureCsv)");
        }
        return Json.mapper().readTree(path.toFile());
    }

    /** A recording of this module's own test resources (src/test/resources/fixtures). */
    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = FixtureCsv.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource fixtures/" + name);
            }
            return Json.mapper().readTree(in);
        }
    }
}
