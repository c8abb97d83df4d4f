package io.kafkapipeline.common.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.contract.ContractColumnsTest.ContractSamples;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import org.junit.jupiter.api.Test;

class ContractJsonTest {

    @Test
    void weatherWritesIsoInstantsAndNumbers() throws Exception {
        WeatherReport report = ContractSamples.weather();
        JsonNode json = Json.readTree(report.toJson());
        assertThat(json.get("forecastdate").textValue()).isEqualTo("2021-10-07T09:53:32Z");
        assertThat(json.get("sunrise").textValue()).isEqualTo("2021-10-06T22:49:14Z");
        assertThat(json.get("temp").isNumber()).isTrue();
        assertThat(json.get("pressure").isInt()).isTrue();
        assertThat(report.key()).isEqualTo("Hanoi|2021-10-07T09:53:32Z");
        assertThat(WeatherReport.fromJson(report.toJson())).isEqualTo(report);
    }

    @Test
    void fakerWritesDateOfBirthAsIsoDateAndYearAsInt() throws Exception {
        FakerPerson person = ContractSamples.person();
        JsonNode json = Json.readTree(person.toJson());
        assertThat(json.get("date_of_birth").textValue()).isEqualTo("1990-12-10");
        assertThat(json.get("year").isInt()).isTrue();
        assertThat(person.key()).isEqualTo("Ada Lovelace|12 Main St, Springfield");
        assertThat(FakerPerson.fromJson(person.toJson())).isEqualTo(person);
    }

    @Test
    void spacexKeepsNullsAsJsonNull() throws Exception {
        SpacexLaunch launch = ContractSamples.launch();
        JsonNode json = Json.readTree(launch.toJson());
        assertThat(json.get("launch_success").isNull()).isTrue();
        assertThat(json.get("payload_mass_kg").isNull()).isTrue();
        assertThat(json.get("launch_date_utc").textValue()).isEqualTo("2022-10-03T16:00:00Z");
        assertThat(launch.key()).isEqualTo("62dd70d5202306255024d139");
        assertThat(SpacexLaunch.fromJson(launch.toJson())).isEqualTo(launch);
    }

    @Test
    void strictReadRejectsMissingNullAndUnknownFields() {
        assertThatThrownBy(() -> WeatherReport.fromJson("{\"location\":\"Hanoi\"}"))
                .isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> FakerPerson.fromJson(
                        ContractSamples.person().toJson().replace("\"year\":1994", "\"year\":null")))
                .isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() ->
                        SpacexLaunch.fromJson(ContractSamples.launch().toJson().replace("{", "{\"rocket\":\"x\",")))
                .isInstanceOf(MalformedDataException.class);
        assertThatThrownBy(() -> SpacexLaunch.fromJson("")).isInstanceOf(MalformedDataException.class);
    }

    @Test
    void postsKeepMillisecondsNullLanguageAndTheirKey() throws Exception {
        SocialPost post = ContractSamples.post();
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
        ClassifiedPost row = ContractSamples.classified();
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
