package io.kafkapipeline.consumers.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.testing.Samples;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordFormattersTest {

    @Test
    void weather() {
        assertThat(new WeatherFormatter().line(Samples.WEATHER))
                .isEqualTo("weather Hanoi 2026-11-28T04:00Z 24.1°C 78% \"light rain\"");
    }

    @Test
    void weatherWithSecondsAndALocationOfSeveralWords() {
        WeatherReport r = new WeatherReport(
                "Ho Chi Minh City",
                Instant.parse("2021-10-07T09:53:32Z"),
                "overcast\nclouds",
                -0.04,
                0,
                0,
                0,
                1000,
                100,
                0,
                Instant.EPOCH,
                Instant.EPOCH);
        assertThat(new WeatherFormatter().line(r))
                .isEqualTo("weather \"Ho Chi Minh City\" 2021-10-07T09:53:32Z 0.0°C 100% \"overcast clouds\"");
    }

    @Test
    void faker() {
        assertThat(new FakerFormatter().line(Samples.FAKER))
                .isEqualTo(
                        "faker \"Jane Doe\" 1987-03-02 <jane.doe@example.com> \"Software Engineer\" at \"Acme Inc\" (Berlin, Germany)");
    }

    @Test
    void fakerQuotesAreEscaped() {
        FakerPerson p = new FakerPerson(
                "Dwayne \"The Rock\" Johnson",
                "a",
                2024,
                "d@x.org",
                "1",
                "Seven Bucks",
                "Actor",
                "Miami",
                "USA",
                LocalDate.of(1972, 5, 2));
        assertThat(new FakerFormatter().line(p)).startsWith("faker \"Dwayne \\\"The Rock\\\" Johnson\" 1972-05-02 ");
    }

    @Test
    void spacex() {
        assertThat(new SpacexFormatter().line(Samples.SPACEX))
                .isEqualTo(
                        "spacex FalconSat 2006-03-24T22:30Z \"Falcon 1\" from \"Kwajalein Atoll\" failure, Satellite 20 kg"
                                + " [5eb87cd9ffd86e000604b32a]");
    }

    @Test
    void spacexSuccessWithFractionalMass() {
        SpacexLaunch l = new SpacexLaunch(
                "id1",
                "CRS-20",
                Instant.parse("2020-03-07T04:50:31Z"),
                "Falcon 9",
                true,
                "CCSFS SLC 40",
                "Dragon 1.1",
                1977.5);
        assertThat(new SpacexFormatter().line(l))
                .isEqualTo(
                        "spacex CRS-20 2020-03-07T04:50:31Z \"Falcon 9\" from \"CCSFS SLC 40\" success, \"Dragon 1.1\" 1977.5 kg [id1]");
    }

    @Test
    void aContractWithoutAFormatOfItsOwnPrintsEveryColumn() {
        assertThat(new ColumnsFormatter<SpacexLaunch>("launches").line(Samples.SPACEX))
                .isEqualTo("launches launch_id=5eb87cd9ffd86e000604b32a mission_name=FalconSat"
                        + " launch_date_utc=2006-03-24T22:30:00Z rocket_name=\"Falcon 1\" launch_success=false"
                        + " site_name=\"Kwajalein Atoll\" payload_type=Satellite payload_mass_kg=20.0");
        assertThat(new ColumnsFormatter<SpacexLaunch>("launches").line(Samples.SPACEX_UPCOMING))
                .endsWith(
                        "launch_date_utc=? rocket_name=? launch_success=? site_name=? payload_type=? payload_mass_kg=?");
    }

    @Test
    void spacexUnknownValuesShowAsQuestionMarks() {
        assertThat(new SpacexFormatter().line(Samples.SPACEX_UPCOMING))
                .isEqualTo("spacex USSF-44 ? ? from ? no-outcome, ? [62dd70d5202306255024d139]");
    }
}
