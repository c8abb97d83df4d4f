package io.kafkapipeline.consumers.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.consumers.contract.Contracts;
import io.kafkapipeline.consumers.testing.Samples;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordValidatorTest {

    private final RecordValidator<WeatherReport> weather = new RecordValidator<>(Contracts.WEATHER);
    private final RecordValidator<FakerPerson> faker = new RecordValidator<>(Contracts.FAKER);
    private final RecordValidator<SpacexLaunch> spacex = new RecordValidator<>(Contracts.SPACEX);

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

    @Nested
    class Weather {

        @Test
        void recordAsTheProducerWritesItIsValid() {
            assertThat(valid(weather.validate(Samples.WEATHER.toJson()))).isEqualTo(Samples.WEATHER);
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
        void missingKeyColumn() {
            String json = Samples.edited(Samples.WEATHER, t -> t.remove("forecastdate"));
            assertThat(reason(weather.validate(json))).isEqualTo("missing required column 'forecastdate'");
        }

        @Test
        void nullInRequiredColumn() {
            String json = Samples.edited(Samples.WEATHER, t -> t.putNull("location"));
            assertThat(reason(weather.validate(json))).isEqualTo("null in required column 'location'");
        }

        @Test
        void nullInRequiredNumberColumn() {
            String json = Samples.edited(Samples.WEATHER, t -> t.putNull("humidity"));
            assertThat(reason(weather.validate(json))).isEqualTo("null in required column 'humidity'");
        }

        @Test
        void numberAsStringIsAWrongType() {
            String json = Samples.edited(Samples.WEATHER, t -> t.put("temp", "24.1"));
            assertThat(reason(weather.validate(json)))
                    .isEqualTo("column 'temp': expected a number, found string \"24.1\"");
        }

        @Test
        void fractionInAnIntColumnIsAWrongType() {
            String json = Samples.edited(Samples.WEATHER, t -> t.put("humidity", 78.5));
            assertThat(reason(weather.validate(json)))
                    .isEqualTo("column 'humidity': expected an integer, found number 78.5");
        }

        @Test
        void objectWhereANumberBelongs() {
            String json =
                    Samples.edited(Samples.WEATHER, t -> t.putObject("wind").put("speed", 3.6));
            assertThat(reason(weather.validate(json))).isEqualTo("column 'wind': expected a number, found object");
        }

        @ParameterizedTest
        @ValueSource(strings = {"yesterday", "2026-11-28", "2026-11-28 04:00:00", "2026-13-28T04:00:00Z"})
        void badInstant(String text) {
            String json = Samples.edited(Samples.WEATHER, t -> t.put("sunrise", text));
            assertThat(reason(weather.validate(json)))
                    .isEqualTo("column 'sunrise': expected an ISO-8601 instant, found string \"" + text + "\"");
        }

        @Test
        void epochNumberIsNotAnInstant() {
            String json = Samples.edited(Samples.WEATHER, t -> t.put("forecastdate", 1_764_302_400L));
            assertThat(reason(weather.validate(json)))
                    .isEqualTo("column 'forecastdate': expected an ISO-8601 instant, found number 1764302400");
        }

        @Test
        void unknownColumn() {
            String json = Samples.edited(Samples.WEATHER, t -> t.put("city", "Hanoi"));
            assertThat(reason(weather.validate(json))).isEqualTo("unknown column 'city'");
        }

        @Test
        void everyProblemIsListedOnOneLine() {
            String json = Samples.edited(Samples.WEATHER, t -> {
                t.remove("location");
                t.put("pressure", true);
            });
            assertThat(reason(weather.validate(json)))
                    .isEqualTo(
                            "missing required column 'location'; column 'pressure': expected an integer, found boolean true");
        }
    }

    @Nested
    class Faker {

        @Test
        void recordAsTheProducerWritesItIsValid() {
            assertThat(valid(faker.validate(Samples.FAKER.toJson()))).isEqualTo(Samples.FAKER);
        }

        @Test
        void missingKeyColumn() {
            String json = Samples.edited(Samples.FAKER, t -> t.remove("address"));
            assertThat(reason(faker.validate(json))).isEqualTo("missing required column 'address'");
        }

        @Test
        void nullInRequiredColumn() {
            String json = Samples.edited(Samples.FAKER, t -> t.putNull("email"));
            assertThat(reason(faker.validate(json))).isEqualTo("null in required column 'email'");
        }

        @Test
        void badDate() {
            String json = Samples.edited(Samples.FAKER, t -> t.put("date_of_birth", "02/03/1987"));
            assertThat(reason(faker.validate(json)))
                    .isEqualTo("column 'date_of_birth': expected an ISO-8601 date, found string \"02/03/1987\"");
        }

        @Test
        void yearAsStringIsAWrongType() {
            String json = Samples.edited(Samples.FAKER, t -> t.put("year", "2024"));
            assertThat(reason(faker.validate(json)))
                    .isEqualTo("column 'year': expected an integer, found string \"2024\"");
        }

        @Test
        void yearBeyondIntIsAWrongType() {
            String json = Samples.edited(Samples.FAKER, t -> t.put("year", 3_000_000_000L));
            assertThat(reason(faker.validate(json)))
                    .isEqualTo("column 'year': expected an integer, found number 3000000000");
        }
    }

    @Nested
    class Spacex {

        @Test
        void recordAsTheProducerWritesItIsValid() {
            assertThat(valid(spacex.validate(Samples.SPACEX.toJson()))).isEqualTo(Samples.SPACEX);
        }

        @Test
        void nullsInNullableColumnsAreValid() {
            assertThat(valid(spacex.validate(Samples.SPACEX_UPCOMING.toJson()))).isEqualTo(Samples.SPACEX_UPCOMING);
        }

        @Test
        void absentNullableColumnsAreValid() {
            assertThat(valid(spacex.validate("{\"launch_id\":\"62dd70d5202306255024d139\"}"))
                            .missionName())
                    .isNull();
        }

        @Test
        void missingKeyColumn() {
            String json = Samples.edited(Samples.SPACEX, t -> t.remove("launch_id"));
            assertThat(reason(spacex.validate(json))).isEqualTo("missing required column 'launch_id'");
        }

        @Test
        void nullKeyColumn() {
            String json = Samples.edited(Samples.SPACEX, t -> t.putNull("launch_id"));
            assertThat(reason(spacex.validate(json))).isEqualTo("null in required column 'launch_id'");
        }

        @Test
        void booleanAsStringIsAWrongType() {
            String json = Samples.edited(Samples.SPACEX, t -> t.put("launch_success", "false"));
            assertThat(reason(spacex.validate(json)))
                    .isEqualTo("column 'launch_success': expected a boolean, found string \"false\"");
        }

        @Test
        void massAsStringIsAWrongType() {
            String json = Samples.edited(Samples.SPACEX, t -> t.put("payload_mass_kg", "20 kg"));
            assertThat(reason(spacex.validate(json)))
                    .isEqualTo("column 'payload_mass_kg': expected a number, found string \"20 kg\"");
        }

        @Test
        void badLaunchDate() {
            String json = Samples.edited(Samples.SPACEX, t -> t.put("launch_date_utc", "March 2006"));
            assertThat(reason(spacex.validate(json)))
                    .isEqualTo("column 'launch_date_utc': expected an ISO-8601 instant, found string \"March 2006\"");
        }
    }

    @Nested
    class NotARecord {

        @ParameterizedTest
        @ValueSource(
                strings = {"hello", "{\"location\": \"Hanoi\"", "{'location':'Hanoi'}", "{\"launch_id\":\"a\"} trailing"
                })
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
            assertThat(reason(faker.validate(value))).startsWith("not a JSON object (found ");
        }

        @Test
        void multiLineJunkIsReportedOnOneLineAndShortened() {
            String junk = "<html>\n" + "x".repeat(1000) + "\n</html>";
            String reason = reason(weather.validate(junk));
            assertThat(reason.length()).isLessThanOrEqualTo(301);
        }
    }
}
