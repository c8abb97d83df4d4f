package io.kafkapipeline.kafka.sink.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.common.sink.config.TableConfig;
import com.datastax.oss.common.sink.config.TopicConfig;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.internal.core.metadata.schema.DefaultColumnMetadata;
import com.datastax.oss.driver.internal.core.metadata.schema.DefaultKeyspaceMetadata;
import com.datastax.oss.driver.internal.core.metadata.schema.DefaultTableMetadata;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CassandraProbeTest {

    private static final String KEY = "topic.weather.kafkapipeline.weatherreport.mapping";
    private static final CqlIdentifier KS = CqlIdentifier.fromInternal("kafkapipeline");
    private static final CqlIdentifier TABLE = CqlIdentifier.fromInternal("weatherreport");

    private final Map<String, String> props = new HashMap<>();
    private final ValidationErrors errors = new ValidationErrors(props, new HashMap<>());

    private static ColumnMetadata column(String name, DataType type) {
        return new DefaultColumnMetadata(KS, TABLE, CqlIdentifier.fromInternal(name), type, false);
    }

    private static Metadata schema(KeyspaceMetadata... keyspaces) {
        Map<CqlIdentifier, KeyspaceMetadata> byName = new HashMap<>();
        for (KeyspaceMetadata keyspace : keyspaces) {
            byName.put(keyspace.getName(), keyspace);
        }
        return new Metadata() {
            @Override
            public Map<UUID, Node> getNodes() {
                return Map.of();
            }

            @Override
            public Map<CqlIdentifier, KeyspaceMetadata> getKeyspaces() {
                return byName;
            }

            @Override
            public Optional<TokenMap> getTokenMap() {
                return Optional.empty();
            }
        };
    }

    private static KeyspaceMetadata keyspace(TableMetadata... tables) {
        Map<CqlIdentifier, TableMetadata> byName = new HashMap<>();
        for (TableMetadata table : tables) {
            byName.put(table.getName(), table);
        }
        return new DefaultKeyspaceMetadata(KS, true, false, Map.of(), Map.of(), byName, Map.of(), Map.of(), Map.of());
    }

    private static TableMetadata weatherTable() {
        ColumnMetadata location = column("location", DataTypes.TEXT);
        ColumnMetadata forecastdate = column("forecastdate", DataTypes.TIMESTAMP);
        ColumnMetadata temp = column("temp", DataTypes.DOUBLE);
        Map<CqlIdentifier, ColumnMetadata> columns = new LinkedHashMap<>();
        List.of(location, forecastdate, temp).forEach(c -> columns.put(c.getName(), c));
        return new DefaultTableMetadata(
                KS,
                TABLE,
                UUID.randomUUID(),
                false,
                false,
                List.of(location),
                Map.of(forecastdate, ClusteringOrder.DESC),
                columns,
                Map.of(),
                Map.of());
    }

    private TableConfig table(String mapping) {
        props.put("topics", "weather");
        props.put(KEY, mapping);
        return new TopicConfig("weather", props, false)
                .getTableConfigs()
                .iterator()
                .next();
    }

    @Test
    void matchingTableHasNoErrors() {
        TableConfig table = table("location=value.location, forecastdate=value.forecastdate, temp=value.temp");

        CassandraProbe.checkTable(schema(keyspace(weatherTable())), table, errors);

        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void missingKeyspaceNamesTheMapping() {
        CassandraProbe.checkTable(schema(), table("location=value.location, forecastdate=value.forecastdate"), errors);

        assertThat(errors.errorsOf(KEY)).singleElement().asString().contains("Keyspace kafkapipeline does not exist");
    }

    @Test
    void missingTableNamesTheMapping() {
        CassandraProbe.checkTable(schema(keyspace()), table("location=value.location"), errors);

        assertThat(errors.errorsOf(KEY))
                .singleElement()
                .asString()
                .contains("Table kafkapipeline.weatherreport does not exist");
    }

    @Test
    void unknownColumnsAndUnmappedKeyColumnsNameTheMapping() {
        TableConfig table = table("location=value.location, tmp=value.temp");

        CassandraProbe.checkTable(schema(keyspace(weatherTable())), table, errors);

        assertThat(errors.errorsOf(KEY))
                .containsExactly(
                        "Columns not in table weatherreport: tmp", "Primary key columns not mapped: forecastdate");
    }
}
