package io.kafkapipeline.datavis.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.datavis.DataVisException;
import io.kafkapipeline.datavis.UnknownColumnException;
import io.kafkapipeline.datavis.UnknownTableException;
import io.kafkapipeline.datavis.testing.SampleTables;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCatalogTest {

    @Test
    void unknownTableListsTheRealOnes() {
        assertThatThrownBy(() -> SampleTables.CATALOG.table("weather"))
                .isInstanceOf(UnknownTableException.class)
                .hasMessage("unknown table 'weather' in keyspace kafkapipeline"
                        + " (tables: fakerdata, spacex_launches, weatherreport)");
    }

    @Test
    void injectionLikeNamesAreJustUnknown() {
        assertThatThrownBy(() -> SampleTables.CATALOG.table("weatherreport; DROP TABLE fakerdata"))
                .isInstanceOf(UnknownTableException.class);
    }

    @Test
    void knownTableHasItsColumnsAndKey() {
        TableSchema weather = SampleTables.CATALOG.table("weatherreport");
        assertThat(weather.qualifiedName()).isEqualTo("kafkapipeline.weatherreport");
        assertThat(weather.primaryKey()).extracting(Column::name).containsExactly("location", "forecastdate");
        assertThat(weather.column("temp").type()).isEqualTo(ColumnType.DOUBLE);
        assertThatThrownBy(() -> weather.column("report_time"))
                .isInstanceOf(UnknownColumnException.class)
                .hasMessageStartingWith("column 'report_time' is not a column of weatherreport (columns: location,");
    }

    @Test
    void unsupportedColumnTypeIsNamed() {
        TableSchema t = new TableSchema(
                "ks",
                "t",
                List.of(Column.key("id", ColumnType.TEXT), new Column("tags", ColumnType.OTHER, "list<text>", false)));
        assertThatThrownBy(t::requireConvertible)
                .isInstanceOf(DataVisException.class)
                .hasMessage("column 'tags' of t has CQL type list<text>, which data-vis cannot convert to or from CSV");
    }
}
