package io.kafkapipeline.common.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.testing.Samples;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractJsonTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(Samples.WEATHER, "Hanoi|2026-11-28T04:00:00Z"),
                Arguments.of(Samples.FAKER, "Jane Doe|12 Main St, Berlin"),
                Arguments.of(Samples.SPACEX, "5eb87cd9ffd86e000604b32a"),
                Arguments.of(Samples.SPACEX_UPCOMING, "62dd70d5202306255024d139"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void strictReadGivesBackWhatWasWrittenKeyedByThePrimaryKey(TableRecord record, String key) throws Exception {
        RecordType<?> type = RecordTypes.ALL.stream()
                .filter(t -> t.type().isInstance(record))
                .findFirst()
                .orElseThrow();
        assertThat(type.parse(record.toJson())).isEqualTo(record);
        assertThat(record.key()).isEqualTo(key);
    }

    @Test
    void instantsAndDatesAreIsoTextNumbersAndNullsStayJson() throws Exception {
        JsonNode weather = Json.readTree(Samples.WEATHER.toJson());
        assertThat(weather.get("forecastdate").textValue()).isEqualTo("2026-11-28T04:00:00Z");
        assertThat(weather.get("sunrise").textValue()).isEqualTo("2026-11-27T23:13:00Z");
        assertThat(weather.get("temp").isNumber()).isTrue();
        assertThat(weather.get("pressure").isInt()).isTrue();

        JsonNode person = Json.readTree(Samples.FAKER.toJson());
        assertThat(person.get("date_of_birth").textValue()).isEqualTo("1987-03-02");
        assertThat(person.get("year").isInt()).isTrue();

        JsonNode launch = Json.readTree(Samples.SPACEX.toJson());
        assertThat(launch.get("launch_date_utc").textValue()).isEqualTo("2006-03-24T22:30:00Z");
        JsonNode upcoming = Json.readTree(Samples.SPACEX_UPCOMING.toJson());
        assertThat(upcoming.get("launch_success").isNull()).isTrue();
        assertThat(upcoming.get("payload_mass_kg").isNull()).isTrue();
    }

    @Test
    void aPersonAtAnotherAddressIsAnotherRowOfTheSamePerson() {
        FakerPerson person = Samples.FAKER;
        FakerPerson moved = person.withAddress("1 Other Road\nLondon");

        assertThat(moved.key()).isEqualTo("Jane Doe|1 Other Road\nLondon");
        assertThat(moved.withAddress(person.address())).isEqualTo(person);
    }

    @Test
    void strictReadRejectsMissingNullAndUnknownFields() {
        assertThatThrownBy(() -> WeatherReport.fromJson("{\"location\":\"Hanoi\"}"))
                .isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> FakerPerson.fromJson(Samples.FAKER.toJson().replace("\"year\":2024", "\"year\":null")))
                .isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> SpacexLaunch.fromJson(Samples.SPACEX.toJson().replace("{", "{\"rocket\":\"x\",")))
                .isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> SpacexLaunch.fromJson("")).isInstanceOf(MalformedDataException.class);
    }

    @Test
    void postsKeepMillisecondsNullLanguageAndTheirKey() throws Exception {
        SocialPost post = Samples.SOCIAL_POST;
        JsonNode json = Json.readTree(post.toJson());
        assertThat(json.get("tweet_date").textValue()).isEqualTo("2025-07-17T19:32:01.123Z");
        assertThat(post.key()).isEqualTo("mastodon.social#rstats|2025-07-17T19:32:01.123Z|114870142396314555");
        assertThat(SocialPost.fromJson(post.toJson())).isEqualTo(post);

        SocialPost noLanguage =
                new SocialPost(post.postId(), "", post.tweetDate(), post.location(), null, null, post.source());
        assertThat(Json.readTree(noLanguage.toJson()).get("lang").isNull()).isTrue();
        assertThat(SocialPost.fromJson(noLanguage.toJson())).isEqualTo(noLanguage);
        assertThatThrownBy(() -> SocialPost.fromJson(post.toJson().replace("\"post_id\":\"114870142396314555\",", "")))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("post_id");
    }

    @Test
    void classifiedPostsRefuseUnknownLabelsAndScoresOutsideZeroToOne() throws Exception {
        ClassifiedPost row = Samples.CLASSIFIED;
        assertThat(ClassifiedPost.fromJson(row.toJson())).isEqualTo(row);
        assertThat(Json.readTree(row.toJson()).get("score").doubleValue()).isEqualTo(0.87);
        assertThatThrownBy(() -> ClassifiedPost.fromJson(row.toJson().replace("Positive", "Neutral")))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("classification must be one of [Positive, Negative]");
        assertThatThrownBy(() -> ClassifiedPost.fromJson(row.toJson().replace("0.87", "1.5")))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("score must be between 0 and 1");
    }
}
