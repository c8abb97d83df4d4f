package io.kafkapipeline.consumers.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.testing.Samples;
import io.kafkapipeline.consumers.contract.Contracts;
import io.kafkapipeline.consumers.contract.TableContract;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordValidatorTest {

    private final RecordValidator<WeatherReport> weather = new RecordValidator<>(Contracts.WEATHER);
    private final RecordValidator<SpacexLaunch> spacex = new RecordValidator<>(Contracts.SPACEX);

    static Stream<Arguments> recordsAsTheProducersWriteThem() {
        return Stream.of(
                Arguments.of(Contracts.WEATHER, Samples.WEATHER),
                Arguments.of(Contracts.FAKER, Samples.FAKER),
                Arguments.of(Contracts.SPACEX, Samples.SPACEX),
                Arguments.of(Contracts.SPACEX, Samples.SPACEX_UPCOMING));
    }

    @ParameterizedTest
    @MethodSource("recordsAsTheProducersWriteThem")
    void recordAsTheProducerWritesItIsValidAndReadBackEqual(TableContract<?> contract, TableRecord sample) {
        assertThat(valid(new RecordValidator<>(contract).validate(sample.toJson())))
                .isEqualTo(sample);
    }

    @Test
    void integerNumberIsAValidDouble() {
        String json = Samples.edited(Samples.WEATHER, t -> t.put("temp", 24));
        assertThat(valid(weather.validate(json)).temp()).isEqualTo(24.0);
    }

    @Test
    void instantWithAnOffsetIsValid() {
        String json = Samples.edited(Samples.WEATHER, t -> t.put("forecastdate", "2026-11-28T11:00:00+07:00"));
        assertThat(valid(weather.validate(json)).forecastdate()).isEqualTo(Samples.WEATHER.forecastdate());
    }

    @Test
    void absentNullableColumnsAreValid() {
        assertThat(valid(spacex.validate("{\"launch_id\":\"62dd70d5202306255024d139\"}"))
                        .missionName())
                .isNull();
    }

    /**
     * One edit of a valid record per line, and the one-line reason it makes the record invalid. An edit is
     * {@code -column} (remove it) or {@code column=<JSON>}; several are separated by {@code ;}.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiterString = "|",
            quoteCharacter = '`',
            value = {
                "weather | -forecastdate            | missing required column 'forecastdate'",
                "weather | location=null            | null in required column 'location'",
                "weather | humidity=null            | null in required column 'humidity'",
                "weather | temp=\"24.1\"             | column 'temp': expected a number, found string \"24.1\"",
                "weather | humidity=78.5            | column 'humidity': expected an integer, found number 78.5",
                "weather | wind={\"speed\":3.6}      | column 'wind': expected a number, found object",
                "weather | forecastdate=1764302400  | column 'forecastdate': expected an ISO-8601 instant, found number 1764302400",
                "weather | city=\"Hanoi\"            | unknown column 'city'",
                "weather | -location;pressure=true  | missing required column 'location'; column 'pressure': expected an integer, found boolean true",
                "faker   | -address                 | missing required column 'address'",
                "faker   | email=null               | null in required column 'email'",
                "faker   | date_of_birth=\"02/03/1987\" | column 'date_of_birth': expected an ISO-8601 date, found string \"02/03/1987\"",
                "faker   | year=\"2024\"              | column 'year': expected an integer, found string \"2024\"",
                "faker   | year=3000000000          | column 'year': expected an integer, found number 3000000000",
                "spacex  | -launch_id               | missing required column 'launch_id'",
                "spacex  | launch_id=null           | null in required column 'launch_id'",
                "spacex  | launch_success=\"false\"   | column 'launch_success': expected a boolean, found string \"false\"",
                "spacex  | payload_mass_kg=\"20 kg\"  | column 'payload_mass_kg': expected a number, found string \"20 kg\"",
                "spacex  | launch_date_utc=\"March 2006\" | column 'launch_date_utc': expected an ISO-8601 instant, found string \"March 2006\"",
            })
    void editedRecordIsInvalidWithEveryProblemOnOneLine(String contract, String edits, String expected) {
        TableContract<?> tableContract = Contracts.byName(contract).orElseThrow();
        TableRecord sample = Samples.of(tableContract.recordType());
        String json = Samples.edited(sample, tree -> {
            for (String edit : edits.split(";")) {
                if (edit.startsWith("-")) {
                    tree.remove(edit.substring(1));
                } else {
                    String[] field = edit.split("=", 2);
                    tree.set(field[0], json(field[1]));
                }
            }
        });
        assertThat(reason(new RecordValidator<>(tableContract).validate(json))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-11-28", "2026-11-28 04:00:00", "2026-13-28T04:00:00Z"})
    void badInstant(String text) {
        String json = Samples.edited(Samples.WEATHER, t -> t.put("sunrise", text));
        assertThat(reason(weather.validate(json)))
                .isEqualTo("column 'sunrise': expected an ISO-8601 instant, found string \"" + text + "\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"hello", "{\"location\": \"Hanoi\"", "{'location':'Hanoi'}", "{\"launch_id\":\"a\"} trailing"})
    void nonJson(String value) {
        assertThat(reason(spacex.validate(value))).startsWith("not JSON: ");
    }

    @Test
    void emptyValue() {
        assertThat(reason(weather.validate(" "))).isEqualTo("not JSON: empty value");
    }

    @Test
    void tombstone() {
        assertThat(reason(weather.validate(null))).isEqualTo("no value (tombstone)");
    }

    @Test
    void duplicateColumn() {
        assertThat(reason(spacex.validate("{\"launch_id\":\"a\",\"launch_id\":\"b\"}")))
                .startsWith("not JSON: Duplicate field 'launch_id'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "42", "\"text\"", "null"})
    void jsonThatIsNotAnObject(String value) {
        assertThat(reason(new RecordValidator<>(Contracts.FAKER).validate(value)))
                .startsWith("not a JSON object (found ");
    }

    @Test
    void multiLineJunkIsReportedOnOneLineAndShortened() {
        String junk = "<html>\n" + "x".repeat(1000) + "\n</html>";
        String reason = reason(weather.validate(junk));
        assertThat(reason.length()).isLessThanOrEqualTo(301);
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON in the test table: " + text, e);
        }
    }

    private static <T> T valid(Verdict<T> verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Valid.class);
        return ((Verdict.Valid<T>) verdict).record();
    }

    private static String reason(Verdict<?> verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Invalid.class);
        String reason = ((Verdict.Invalid<?>) verdict).reason();
        assertThat(reason).doesNotContain("\n", "\r");
        return reason;
    }
}
