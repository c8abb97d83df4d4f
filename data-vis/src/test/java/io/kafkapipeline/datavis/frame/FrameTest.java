package io.kafkapipeline.datavis.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.datavis.DataVisException;
import io.kafkapipeline.datavis.UnknownColumnException;
import io.kafkapipeline.datavis.testing.SampleTables;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameTest {

    private final Frame weather = SampleTables.weather();

    @Test
    void typedAccessors() {
        assertThat(weather.size()).isEqualTo(7);
        assertThat(weather.row(0).getString("location")).isEqualTo("Hanoi");
        assertThat(weather.row(0).getInstant("forecastdate")).isEqualTo(Instant.parse("2021-10-07T09:53:32Z"));
        assertThat(weather.row(0).getDouble("temp")).isEqualTo(34.0);
        assertThat(weather.row(0).getInt("humidity")).isEqualTo(64);
        assertThat(weather.row(0).getLong("pressure")).isEqualTo(1003L);
        assertThat(weather.row(0).getDouble("pressure")).isEqualTo(1003.0);
        Frame people = SampleTables.people();
        assertThat(people.row(0).getLocalDate("date_of_birth")).isEqualTo(LocalDate.of(1950, 1, 3));
        Frame launches = SampleTables.launches();
        assertThat(launches.row(0).getBoolean("launch_success")).isFalse();
        assertThat(launches.row(6).getBoolean("launch_success")).isNull();
        assertThat(launches.row(1).getDouble("payload_mass_kg")).isNull();
    }

    @Test
    void wrongTypeNamesTheColumnAndItsType() {
        assertThatThrownBy(() -> weather.row(0).getDouble("location"))
                .isInstanceOf(DataVisException.class)
                .hasMessage("column 'location' of weatherreport is text; getDouble needs a number column");
        assertThatThrownBy(() -> weather.row(0).getInstant("temp"))
                .hasMessage("column 'temp' of weatherreport is double; getInstant needs a timestamp column");
    }

    @Test
    void unknownColumnListsTheRealOnes() {
        assertThatThrownBy(() -> weather.row(0).getDouble("temperature"))
                .isInstanceOf(UnknownColumnException.class)
                .hasMessageStartingWith("column 'temperature' is not a column of weatherreport (columns: location,");
    }

    @Test
    void filterSortGroupCount() {
        Frame hanoi = weather.where("location", "Hanoi").sortBy("temp");
        assertThat(hanoi.doubles("temp")).containsExactly(34.0, 35.0, 36.0);
        assertThat(weather.groupBy("location").keySet()).containsExactly("Hanoi", "Ho Chi Minh City", "Moscow");
        assertThat(weather.countBy("location"))
                .containsExactly(
                        java.util.Map.entry("Hanoi", 3L),
                        java.util.Map.entry("Ho Chi Minh City", 3L),
                        java.util.Map.entry("Moscow", 1L));
        assertThat(weather.filter(r -> r.getDouble("temp") > 33).size()).isEqualTo(3);
        assertThat(SampleTables.launches().sortBy("launch_success").column("launch_success"))
                .endsWith((Object) null);
        assertThat(weather.column("location")).hasSize(7);
    }

    @Test
    void previewShowsColumnsAndFirstRowsOnOneLineEach() {
        String preview = SampleTables.people().toString();
        assertThat(preview).startsWith("fakerdata: 6 rows\nname | address | city");
        assertThat(preview.lines()).hasSize(8);
        assertThat(preview).contains("0 Main Street Springfie…");
    }

    @Test
    void rowsMustMatchTheColumns() {
        assertThatThrownBy(() -> new Frame("t", SampleTables.WEATHER.columns(), List.<Object[]>of(new Object[] {"x"})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row of t has 1 values, not 12");
    }
}
