package io.kafkapipeline.consumers.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.consumers.contract.Contracts;
import io.kafkapipeline.consumers.contract.TableContract;
import io.kafkapipeline.consumers.testing.Samples;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

    /** One edit of a valid record each, and the one-line reason it makes the record invalid. */
    static Stream<Arguments> editsThatBreakTheContract() {
        return Stream.of(
                broken(Samples.WEATHER, t -> t.remove("forecastdate"), "missing required column 'forecastdate'"),
                broken(Samples.WEATHER, t -> t.putNull("location"), "null in required column 'location'"),
                broken(Samples.WEATHER, t -> t.putNull("humidity"), "null in required column 'humidity'"),
                broken(
                        Samples.WEATHER,
                        t -> t.put("temp", "24.1"),
                        "column 'temp': expected a number, found string \"24.1\""),
                broken(
                        Samples.WEATHER,
                        t -> t.put("humidity", 78.5),
                        "column 'humidity': expected an integer, found number 78.5"),
                broken(
                        Samples.WEATHER,
                        t -> t.putObject("wind").put("speed", 3.6),
                        "column 'wind': expected a number, found object"),
                broken(
                        Samples.WEATHER,
                        t -> t.put("forecastdate", 1_764_302_400L),
                        "column 'forecastdate': expected an ISO-8601 instant, found number 1764302400"),
                broken(Samples.WEATHER, t -> t.put("city", "Hanoi"), "unknown column 'city'"),
                broken(
                        Samples.WEATHER,
                        t -> {
                            t.remove("location");
                            t.put("pressure", true);
                        },
                        "missing required column 'location'; column 'pressure': expected an integer, found boolean"
                                + " true"),
                broken(Samples.FAKER, t -> t.remove("address"), "missing required column 'address'"),
                broken(Samples.FAKER, t -> t.putNull("email"), "null in required column 'email'"),
                broken(
                        Samples.FAKER,
                        t -> t.put("date_of_birth", "02/03/1987"),
                        "column 'date_of_birth': expected an ISO-8601 date, found string \"02/03/1987\""),
                broken(
                        Samples.FAKER,
                        t -> t.put("year", "2024"),
                        "column 'year': expected an integer, found string \"2024\""),
                broken(
                        Samples.FAKER,
                        t -> t.put("year", 3_000_000_000L),
                        "column 'year': expected an integer, found number 3000000000"),
                broken(Samples.SPACEX, t -> t.remove("launch_id"), "missing required column 'launch_id'"),
                broken(Samples.SPACEX, t -> t.putNull("launch_id"), "null in required column 'launch_id'"),
                broken(
                        Samples.SPACEX,
                        t -> t.put("launch_success", "false"),
                        "column 'launch_success': expected a boolean, found string \"false\""),
                broken(
                        Samples.SPACEX,
                        t -> t.put("payload_mass_kg", "20 kg"),
                        "column 'payload_mass_kg': expected a number, found string \"20 kg\""),
                broken(
                        Samples.SPACEX,
                        t -> t.put("launch_date_utc", "March 2006"),
                        "column 'launch_date_utc': expected an ISO-8601 instant, found string \"March 2006\""));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("editsThatBreakTheContract")
    void editedRecordIsInvalidWithEveryProblemOnOneLine(
            TableContract<?> contract, TableRecord sample, Consumer<ObjectNode> edit, String expected) {
        assertThat(reason(new RecordValidator<>(contract).validate(Samples.edited(sample, edit))))
                .isEqualTo(expected);
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

    private static Arguments broken(TableRecord sample, Consumer<ObjectNode> edit, String reason) {
        TableContract<?> contract = Contracts.ALL.stream()
                .filter(c -> c.recordType().type().isInstance(sample))
                .findFirst()
                .orElseThrow();
        return Arguments.of(contract, sample, edit, reason);
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
