package io.kafkapipeline.datavis.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import io.kafkapipeline.cassandra.CqlType;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.datavis.DataVisException;
import io.kafkapipeline.datavis.UnknownColumnException;
import io.kafkapipeline.datavis.UnknownTableException;
import io.kafkapipeline.datavis.testing.SampleTables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaCatalogTest {

    @Test
    void unknownTableListsTheRealOnes() {
        assertThatThrownBy(() -> SampleTables.CATALOG.table("weather"))
                .isInstanceOf(UnknownTableException.class)
                .hasMessage("unknown table 'weather' in keyspace " + Schema.KEYSPACE + " (tables: "
                        + String.join(
                                ", ", Schema.tableNames().stream().sorted().toList()) + ")")
                .hasMessageContaining("fakerdata")
                .hasMessageContaining("weatherreport");
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
        assertThat(weather.column("temp").type()).isEqualTo(CqlType.DOUBLE);
        assertThatThrownBy(() -> weather.column("report_time"))
                .isInstanceOf(UnknownColumnException.class)
                .hasMessageStartingWith("column 'report_time' is not a column of weatherreport (columns: location,");
    }

    @Test
    void driverTypesAreTheModelsTypesByTheirCqlName() {
        Map<DataType, CqlType> types = Map.ofEntries(
                Map.entry(DataTypes.TEXT, CqlType.TEXT),
                Map.entry(DataTypes.ASCII, CqlType.ASCII),
                Map.entry(DataTypes.INT, CqlType.INT),
                Map.entry(DataTypes.BIGINT, CqlType.BIGINT),
                Map.entry(DataTypes.SMALLINT, CqlType.SMALLINT),
                Map.entry(DataTypes.TINYINT, CqlType.TINYINT),
                Map.entry(DataTypes.VARINT, CqlType.VARINT),
                Map.entry(DataTypes.FLOAT, CqlType.FLOAT),
                Map.entry(DataTypes.DOUBLE, CqlType.DOUBLE),
                Map.entry(DataTypes.DECIMAL, CqlType.DECIMAL),
                Map.entry(DataTypes.BOOLEAN, CqlType.BOOLEAN),
                Map.entry(DataTypes.TIMESTAMP, CqlType.TIMESTAMP),
                Map.entry(DataTypes.DATE, CqlType.DATE),
                Map.entry(DataTypes.TIME, CqlType.TIME),
                Map.entry(DataTypes.UUID, CqlType.UUID),
                Map.entry(DataTypes.TIMEUUID, CqlType.TIMEUUID),
                Map.entry(DataTypes.BLOB, CqlType.BLOB),
                Map.entry(DataTypes.INET, CqlType.INET));
        assertThat(types.values()).containsExactlyInAnyOrder(CqlType.values());
        types.forEach((driver, model) ->
                assertThat(SchemaCatalog.typeOf(driver)).as(driver.toString()).isEqualTo(model));
        assertThat(SchemaCatalog.typeOf(DataTypes.listOf(DataTypes.TEXT))).isNull();
        assertThat(SchemaCatalog.typeOf(DataTypes.COUNTER)).isNull();
        assertThat(SchemaCatalog.typeOf(DataTypes.DURATION)).isNull();
    }

    @Test
    void unsupportedColumnTypeIsNamed() {
        TableSchema t = new TableSchema(
                "ks", "t", List.of(Column.key("id", CqlType.TEXT), new Column("tags", null, "list<text>", false)));
        assertThatThrownBy(t::requireConvertible)
                .isInstanceOf(DataVisException.class)
                .hasMessage("column 'tags' of t has CQL type list<text>, which data-vis cannot convert to or from CSV");
    }
}
