package io.kafkapipeline.kafka.sink.config;

import com.datastax.oss.common.sink.config.CassandraSinkConfig;
import com.datastax.oss.common.sink.config.TableConfig;
import com.datastax.oss.common.sink.config.TopicConfig;
import com.datastax.oss.common.sink.state.LifeCycleManager;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import io.kafkapipeline.kafka.sink.SinkVersion;
import io.kafkapipeline.kafka.sink.errors.Causes;
import io.kafkapipeline.kafka.sink.errors.ErrorClassifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects with the connector's own settings (contact points, auth, SSL) and checks every mapping against the
 * schema. An unreachable Cassandra is not a validation error: the tasks wait for it (self-healing) and the engine
 * checks the schema again when it starts.
 */
public final class CassandraProbe implements SchemaProbe {

    private static final Logger log = LoggerFactory.getLogger(CassandraProbe.class);
    private static final String APPLICATION_NAME = "kafkapipeline-cassandra-sink-validation";

    @Override
    public void check(Map<String, String> props, ValidationErrors errors) {
        CassandraSinkConfig config = new CassandraSinkConfig(EngineProps.withPromptClose(props));
        try (CqlSession session = LifeCycleManager.buildCqlSession(config, SinkVersion.get(), APPLICATION_NAME)) {
            for (TopicConfig topic : config.getTopicConfigs().values()) {
                topic.getTableConfigs().forEach(table -> checkTable(session.getMetadata(), table, errors));
            }
        } catch (RuntimeException e) {
            if (!ErrorClassifier.isTransient(e)) {
                errors.add(CassandraSinkConfig.CONTACT_POINTS_OPT, "Cannot connect to Cassandra: " + e.getMessage());
                return;
            }
            log.warn(
                    "Cassandra is not reachable to validate the mappings ({}); the tasks retry until it is",
                    Causes.oneLine(e));
        }
    }

    static void checkTable(Metadata metadata, TableConfig table, ValidationErrors errors) {
        String key = table.getSettingPath(TableConfig.MAPPING_OPT);
        Optional<KeyspaceMetadata> keyspace = find(
                metadata.getKeyspace(table.getKeyspace()),
                () -> metadata.getKeyspace(table.getKeyspace().asInternal().toLowerCase()));
        if (keyspace.isEmpty()) {
            errors.add(key, "Keyspace " + table.getKeyspace().asCql(true) + " does not exist in Cassandra");
            return;
        }
        Optional<TableMetadata> found = find(
                keyspace.get().getTable(table.getTable()),
                () -> keyspace.get().getTable(table.getTable().asInternal().toLowerCase()));
        if (found.isEmpty()) {
            errors.add(key, "Table " + table.getKeyspaceAndTable() + " does not exist in Cassandra");
            return;
        }
        checkColumns(found.get(), table.getMapping(), key, errors);
    }

    private static void checkColumns(
            TableMetadata table, Map<CqlIdentifier, CqlIdentifier> mapping, String key, ValidationErrors errors) {
        String missing = mapping.keySet().stream()
                .filter(column -> !column.asInternal().startsWith("__")
                        && table.getColumn(column).isEmpty())
                .map(column -> column.asCql(true))
                .sorted()
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            errors.add(key, "Columns not in table " + table.getName().asCql(true) + ": " + missing);
        }
        Set<CqlIdentifier> mapped = mapping.keySet();
        String unmappedKey = table.getPrimaryKey().stream()
                .map(ColumnMetadata::getName)
                .filter(column -> !mapped.contains(column))
                .map(column -> column.asCql(true))
                .collect(Collectors.joining(", "));
        if (!unmappedKey.isEmpty()) {
            errors.add(key, "Primary key columns not mapped: " + unmappedKey);
        }
    }

    private static <T> Optional<T> find(Optional<T> exact, java.util.function.Supplier<Optional<T>> loose) {
        return exact.isPresent() ? exact : loose.get();
    }
}
