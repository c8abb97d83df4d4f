package io.kafkapipeline.e2e.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.cassandra.Column;
import io.kafkapipeline.cassandra.CqlType;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import io.kafkapipeline.stack.node.ServiceNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole pipeline as {@code ./pipeline up} runs it: the four producers and the sentiment classifier as processes (replaying the real
 * recorded API responses), Kafka, the Connect sink, Cassandra. Values are checked in the tables.
 */
@ExtendWith(LocalStackExtension.class)
class PipelineIT {

    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @Test
    void weatherRowsCarryTheRecordedObservationsInMetricUnits(LocalStack stack) {
        CqlSession cql = stack.cqlSession();
        await("weather rows for both cities")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> cql.execute("SELECT location FROM kafkapipeline.weatherreport PER PARTITION LIMIT 1")
                                .all()
                                .size()
                        >= 2);

        // Recorded in Kelvin (standard units) on 2021-10-07; the producer asks for metric.
        Row hanoi = cql.execute("SELECT * FROM kafkapipeline.weatherreport WHERE location = 'Hanoi' LIMIT 1")
                .one();
        assertThat(hanoi.getString("description")).isEqualTo("overcast clouds");
        assertThat(hanoi.getDouble("temp")).isCloseTo(307.15 - 273.15, within(1e-6));
        assertThat(hanoi.getDouble("feels_like")).isCloseTo(314.15 - 273.15, within(1e-6));
        assertThat(hanoi.getDouble("temp_min")).isCloseTo(34.0, within(1e-6));
        assertThat(hanoi.getDouble("temp_max")).isCloseTo(34.0, within(1e-6));
        assertThat(hanoi.getInt("pressure")).isEqualTo(1003);
        assertThat(hanoi.getInt("humidity")).isEqualTo(64);
        assertThat(hanoi.getDouble("wind")).isCloseTo(2.45, within(1e-9));
        assertThat(Duration.between(hanoi.getInstant("sunrise"), hanoi.getInstant("sunset")))
                .isEqualTo(Duration.ofSeconds(1633603172L - 1633560554L));
        assertThat(hanoi.getInstant("forecastdate"))
                .isBetween(
                        Instant.now().minus(Duration.ofHours(1)), Instant.now().plusSeconds(60));

        Row hcmc = cql.execute("SELECT * FROM kafkapipeline.weatherreport WHERE location = 'Ho Chi Minh City' LIMIT 1")
                .one();
        assertThat(hcmc.getString("description")).isEqualTo("moderate rain");
        assertThat(hcmc.getDouble("temp")).isCloseTo(303.16 - 273.15, within(1e-6));
        assertThat(hcmc.getInt("pressure")).isEqualTo(1002);
        assertThat(hcmc.getInt("humidity")).isEqualTo(74);
        assertThat(hcmc.getDouble("wind")).isCloseTo(3.09, within(1e-9));
    }

    @Test
    void allRecordedSpacexLaunchesLandWithNamesResolvedAndNullsKept(LocalStack stack) {
        CqlSession cql = stack.cqlSession();
        await("193 launches")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> cql.execute("SELECT COUNT(*) FROM kafkapipeline.spacex_launches")
                                .one()
                                .getLong(0)
                        == 193);

        Row falconSat = cql.execute(
                        "SELECT * FROM kafkapipeline.spacex_launches WHERE launch_id = '5eb87cd9ffd86e000604b32a'")
                .one();
        assertThat(falconSat.getString("mission_name")).isEqualTo("FalconSat");
        assertThat(falconSat.getInstant("launch_date_utc")).isEqualTo(Instant.parse("2006-03-24T22:30:00Z"));
        assertThat(falconSat.getString("rocket_name")).isEqualTo("Falcon 1");
        assertThat(falconSat.getString("site_name")).isEqualTo("Kwajalein Atoll");
        assertThat(falconSat.getBoolean("launch_success")).isFalse();
        assertThat(falconSat.getString("payload_type")).isEqualTo("Satellite");
        assertThat(falconSat.getDouble("payload_mass_kg")).isEqualTo(20.0);

        Row crs20 = cql.execute(
                        "SELECT * FROM kafkapipeline.spacex_launches WHERE launch_id = '5eb87d42ffd86e000604b384'")
                .one();
        assertThat(crs20.getString("rocket_name")).isEqualTo("Falcon 9");
        assertThat(crs20.getString("site_name")).isEqualTo("CCSFS SLC 40");
        assertThat(crs20.getString("payload_type")).isEqualTo("Dragon 1.1");
        assertThat(crs20.getDouble("payload_mass_kg")).isEqualTo(1977.0);

        List<Row> all = cql.execute("SELECT launch_success, payload_mass_kg FROM kafkapipeline.spacex_launches")
                .all();
        assertThat(all.stream().filter(r -> r.isNull("launch_success")).count())
                .as("launches without an outcome")
                .isEqualTo(10);
        assertThat(all.stream().filter(r -> r.isNull("payload_mass_kg")).count())
                .as("launches without a payload mass")
                .isEqualTo(27);
    }

    @Test
    void fakerPeopleLandWithAllTenColumns(LocalStack stack) {
        CqlSession cql = stack.cqlSession();
        await("20 people")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> cql.execute("SELECT COUNT(*) FROM kafkapipeline.fakerdata")
                                .one()
                                .getLong(0)
                        >= 20);

        LocalDate today = LocalDate.now();
        for (Row person : cql.execute("SELECT * FROM kafkapipeline.fakerdata LIMIT 20")) {
            for (Column column : Schema.table(FakerPerson.TABLE).columns()) {
                if (column.type() == CqlType.TEXT) {
                    assertThat(person.getString(column.name()))
                            .as(column.name())
                            .isNotBlank();
                }
            }
            assertThat(person.getString("email")).contains("@");
            assertThat(person.isNull("year")).isFalse();
            assertThat(person.getLocalDate("date_of_birth")).isBetween(today.minusYears(91), today.minusYears(18));
        }
    }

    @Test
    void statusShowsEveryRecordProducedAsARowOnceTheSinkCaughtUp(LocalStack stack) {
        CqlSession cql = stack.cqlSession();
        await("some rows in every table")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> cql.execute("SELECT COUNT(*) FROM kafkapipeline.fakerdata")
                                        .one()
                                        .getLong(0)
                                >= 20
                        && cql.execute("SELECT COUNT(*) FROM kafkapipeline.weatherreport")
                                        .one()
                                        .getLong(0)
                                >= 2
                        && cql.execute("SELECT COUNT(*) FROM kafkapipeline.twitterdata")
                                        .one()
                                        .getLong(0)
                                >= 10);
        JsonNode processes = Pipeline.cli(stack, "status", "--json").json().path("processes");
        assertThat(processes)
                .extracting(
                        p -> p.path("process").asText() + "=" + p.path("state").asText())
                .containsExactly(
                        "kafka=up",
                        "cassandra=up",
                        "connect=up",
                        "owm-producer=up",
                        "faker-producer=up",
                        "spacex-producer=up",
                        "social-producer=up",
                        "classifier=up");

        // Stop the streaming producers so the counts can settle (spacex sends its 193 launches once); the classifier
        // keeps running, to classify what social-producer sent.
        stack.producers().stream()
                .filter(p -> !p.name().equals("spacex-producer") && !p.name().equals("classifier"))
                .forEach(ServiceNode::stop);

        await("the classifier caught up with twitter")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(3))
                .untilAsserted(() -> {
                    JsonNode classifier = Pipeline.cli(stack, "status", "--json")
                            .flow("twittersink")
                            .path("upstream");
                    assertThat(classifier.path("name").asText()).isEqualTo("classifier");
                    assertThat(classifier.path("topic").asText()).isEqualTo("twitter");
                    assertThat(classifier.path("state").asText()).isEqualTo("up");
                    assertThat(classifier.path("produced").asLong()).isPositive();
                    assertThat(classifier.path("lag").asLong())
                            .as("classifier lag")
                            .isZero();
                    assertThat(classifier.path("deadLetters").asLong()).isZero();
                });
        // twittersink is written in transactions: counted read_committed, its records are its rows (no markers)
        for (String connector : List.of("weathersink", "fakersink", "spacexsink", "twittersink")) {
            await(connector + " caught up")
                    .atMost(PATIENCE)
                    .pollInterval(Duration.ofSeconds(3))
                    .untilAsserted(() -> {
                        JsonNode flow = Pipeline.cli(stack, "status", "--json").flow(connector);
                        assertThat(flow.path("lag").asLong())
                                .as(connector + " lag")
                                .isZero();
                        // Every record is a row or a dead letter (StatusIT sends one poison record to weather).
                        assertThat(flow.path("rows").asLong()
                                        + flow.path("deadLetters").asLong())
                                .as(connector + " rows + dead letters")
                                .isEqualTo(flow.path("produced").asLong());
                    });
        }
        JsonNode spacex = Pipeline.cli(stack, "status", "--json").flow("spacexsink");
        assertThat(spacex.path("topic").asText()).isEqualTo("spacex");
        assertThat(spacex.path("produced").asLong()).isEqualTo(193);
        assertThat(spacex.path("rows").asLong()).isEqualTo(193);
        assertThat(spacex.path("connectorState").asText()).isEqualTo("RUNNING");
        assertThat(spacex.path("taskStates").get(0).asText()).isEqualTo("0:RUNNING");
        assertThat(spacex.path("table").asText()).isEqualTo("kafkapipeline.spacex_launches");
        assertThat(spacex.path("deadLetters").asLong()).isZero();
        JsonNode twitter = Pipeline.cli(stack, "status", "--json").flow("twittersink");
        assertThat(twitter.path("produced").asLong())
                .as("classified posts: at most one per post read (non-English ones are skipped)")
                .isPositive()
                .isLessThanOrEqualTo(twitter.path("upstream").path("produced").asLong());
        assertThat(Pipeline.cli(stack, "status").out())
                .containsPattern("(?m)^twitter\\s+\\d+\\s+0\\s+classifier\\s+up\\s+-\\s+0\\s+-> twittersink\\s+-$")
                .containsPattern(
                        "(?m)^twittersink\\s+" + twitter.path("produced").asLong() + "\\s+0\\s+twittersink\\s+RUNNING");
    }

    @Test
    void mastodonPostsLandClassifiedInEnglishOnly(LocalStack stack) {
        CqlSession cql = stack.cqlSession();
        await("classified posts")
                .atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> cql.execute("SELECT COUNT(*) FROM kafkapipeline.twitterdata")
                                .one()
                                .getLong(0)
                        >= 10);

        List<Row> rows = cql.execute("SELECT * FROM kafkapipeline.twitterdata").all();
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.getString("classification")).isIn("Positive", "Negative");
            assertThat(row.getDouble("score")).isBetween(0.0, 1.0);
            assertThat(row.getString("classification").equals("Positive")).isEqualTo(row.getDouble("score") >= 0.5);
            assertThat(row.getString("source")).isEqualTo("replay");
            assertThat(row.getString("lang"))
                    .as("only English or undeclared posts are classified")
                    .isIn("en", null);
            assertThat(row.getString("tweet")).isNotBlank().doesNotContain("<p>", "&amp;");
            assertThat(row.getString("post_id")).matches("[0-9]+");
            // re-stamped replay: recent times, never in the future
            assertThat(row.getInstant("tweet_date"))
                    .isBetween(
                            Instant.now().minus(Duration.ofHours(1)),
                            Instant.now().plusSeconds(5));
        });
        assertThat(rows)
                .extracting(r -> r.getString("location"))
                .contains("mastodon.social#rstats", "fosstodon.org/local");
        // a recorded post, its HTML turned into text, its URL kept
        assertThat(rows)
                .filteredOn(r -> r.getString("tweet")
                        .startsWith("Was looking for an #rstats package and stumbled on"
                                + " @schochastics's #rtoot package"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getString("url"))
                        .isEqualTo("https://corteximplant.com/@donnagen/114869166140148790"));
    }
}
