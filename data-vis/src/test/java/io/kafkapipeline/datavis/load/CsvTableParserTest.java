package io.kafkapipeline.datavis.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.datavis.DataVisException;
import io.kafkapipeline.datavis.UnknownColumnException;
import io.kafkapipeline.datavis.ValueParseException;
import io.kafkapipeline.datavis.schema.Column;
import io.kafkapipeline.datavis.testing.SampleTables;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvTableParserTest {

    private static ParsedCsv weather(String csv) {
        return new CsvTableParser(SampleTables.WEATHER).parse(new StringReader(csv), "weather.csv");
    }

    @Test
    void convertsEveryValueToItsColumnType() {
        ParsedCsv parsed = weather("location,forecastdate,temp,humidity,description\n"
                + "Hanoi,2021-10-07T09:53:32Z,34.0,64,overcast clouds\n"
                + "Ho Chi Minh City,2021-10-07 09:46:24,30.01,,\"\"\n");
        assertThat(parsed.columns())
                .extracting(Column::name)
                .containsExactly("location", "forecastdate", "temp", "humidity", "description");
        assertThat(parsed.rows()).hasSize(2);
        assertThat(parsed.rows().get(0).values())
                .containsExactly("Hanoi", Instant.parse("2021-10-07T09:53:32Z"), 34.0, 64, "overcast clouds");
        assertThat(parsed.rows().get(1).values())
                .containsExactly("Ho Chi Minh City", Instant.parse("2021-10-07T09:46:24Z"), 30.01, null, "");
        assertThat(parsed.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void headerOnlyGivesNoRows() {
        assertThat(weather("location,forecastdate\n").rows()).isEmpty();
    }

    @Test
    void wrongColumnIsNamedWithTheRealOnes() {
        assertThatThrownBy(() -> weather("location,report_time,temp\nHanoi,2021-10-07 09:53:32,307.15\n"))
                .isInstanceOf(UnknownColumnException.class)
                .hasMessageStartingWith("weather.csv header: column 'report_time' is not a column of weatherreport"
                        + " (columns: location, forecastdate, description,");
    }

    @Test
    void pandasIndexColumnIsAWrongColumn() {
        assertThatThrownBy(() -> weather(",location,forecastdate\n0,Hanoi,2021-10-07 09:53:32\n"))
                .isInstanceOf(UnknownColumnException.class)
                .hasMessageStartingWith("weather.csv header: column '' is not a column of weatherreport");
    }

    @Test
    void duplicateColumnIsAnError() {
        assertThatThrownBy(() -> weather("location,forecastdate,temp,temp\n"))
                .isInstanceOf(DataVisException.class)
                .hasMessage("weather.csv header: column 'temp' appears twice");
    }

    @Test
    void missingPrimaryKeyColumnIsNamed() {
        assertThatThrownBy(() -> weather("location,temp\nHanoi,30\n"))
                .isInstanceOf(DataVisException.class)
                .hasMessage("weather.csv header: primary key column 'forecastdate' of weatherreport is missing");
    }

    @Test
    void unparsableValueNamesLineAndColumn() {
        assertThatThrownBy(() -> weather("location,forecastdate,temp\n"
                        + "Hanoi,2021-10-07T09:53:32Z,34\n"
                        + "Hanoi,2021-10-07T10:53:32Z,hot\n"))
                .isInstanceOfSatisfying(ValueParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo("temp");
                })
                .hasMessage("weather.csv line 3, column 'temp': 'hot' is not a double");
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotedFields() {
        String csv = "name,address,year,date_of_birth\n"
                + "Jane Doe,\"1 Main St\nSpringfield, IL 62701\",1994,1994-02-28\n"
                + "John Roe,\"2 Side St\nShelbyville, IL 62565\",nineteen,1990-01-01\n";
        assertThatThrownBy(() -> new CsvTableParser(SampleTables.FAKER).parse(new StringReader(csv), "people.csv"))
                .isInstanceOf(ValueParseException.class)
                .hasMessage("people.csv line 4, column 'year': 'nineteen' is not an int");
    }

    @Test
    void multiLineAddressesAndDatesParse() {
        String csv =
                "name,address,year,date_of_birth\n" + "Jane Doe,\"1 Main St\nSpringfield, IL 62701\",1994,1994-02-28\n";
        ParsedRow row = new CsvTableParser(SampleTables.FAKER)
                .parse(new StringReader(csv), "people.csv")
                .rows()
                .get(0);
        assertThat(row.values())
                .containsExactly("Jane Doe", "1 Main St\nSpringfield, IL 62701", 1994, LocalDate.of(1994, 2, 28));
    }

    @Test
    void emptyPrimaryKeyValueIsAnError() {
        assertThatThrownBy(() -> weather("location,forecastdate,temp\n,2021-10-07T09:53:32Z,34\n"))
                .isInstanceOf(ValueParseException.class)
                .hasMessage("weather.csv line 2, column 'location': empty, but it is part of the primary key");
    }

    @Test
    void wrongFieldCountNamesTheLine() {
        assertThatThrownBy(() -> weather("location,forecastdate,temp\nHanoi,2021-10-07T09:53:32Z\n"))
                .isInstanceOf(DataVisException.class)
                .hasMessage("weather.csv line 2: 2 fields, but the header has 3");
    }

    @Test
    void emptyFileIsAnError() {
        assertThatThrownBy(() -> weather(""))
                .isInstanceOf(DataVisException.class)
                .hasMessageStartingWith("weather.csv is empty; expected a header line with columns of weatherreport");
    }

    @Test
    void booleanAndMissingValuesOfLaunches() {
        String csv = "launch_id,launch_success,payload_mass_kg\n62dd70d5202306255024d139,,\nabc,TRUE,15600\n";
        ParsedCsv parsed = new CsvTableParser(SampleTables.SPACEX).parse(new StringReader(csv), "launches.csv");
        assertThat(parsed.rows().get(0).values()).containsExactly("62dd70d5202306255024d139", null, null);
        assertThat(parsed.rows().get(1).values()).containsExactly("abc", true, 15600.0);
        assertThatThrownBy(() -> new CsvTableParser(SampleTables.SPACEX)
                        .parse(new StringReader("launch_id,launch_success\nabc,maybe\n"), "launches.csv"))
                .hasMessage("launches.csv line 2, column 'launch_success': 'maybe' is not a boolean (true or false)");
    }
}
