package io.kafkapipeline.common.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.contract.ContractColumnsTest.ContractSamples;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractJsonTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(ContractSamples.weather(), "Hanoi|2021-10-07T09:53:32Z"),
                Arguments.of(ContractSamples.person(), "Ada Lovelace|12 Main St, Springfield"),
                Arguments.of(ContractSamples.launch(), "62dd70d5202306255024d139"));
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
        JsonNode weather = Json.readTree(ContractSamples.weather().toJson());
        assertThat(weather.get("forecastdate").textValue()).isEqualTo("2021-10-07T09:53:32Z");
        assertThat(weather.get("sunrise").textValue()).isEqualTo("2021-10-06T22:49:14Z");
        assertThat(weather.get("temp").isNumber()).isTrue();
        assertThat(weather.get("pressure").isInt()).isTrue();

        JsonNode person = Json.readTree(ContractSamples.person().toJson());
        assertThat(person.get("date_of_birth").textValue()).isEqualTo("1990-12-10");
        assertThat(person.get("year").isInt()).isTrue();

        JsonNode launch = Json.readTree(ContractSamples.launch().toJson());
        assertThat(launch.get("launch_success").isNull()).isTrue();
        assertThat(launch.get("payload_mass_kg").isNull()).isTrue();
        assertThat(launch.get("launch_date_utc").textValue()).isEqualTo("2022-10-03T16:00:00Z");
    }

    @Test
    void aPersonAtAnotherAddressIsAnotherRowOfTheSamePerson() {
        FakerPerson person = ContractSamples.person();
        FakerPerson moved = person.withAddress("1 Other Road\nLondon");

        assertThat(moved.key()).isEqualTo("Ada Lovelace|1 Other Road\nLondon");
        assertThat(moved.withAddress(person.address())).isEqualTo(person);
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
}
