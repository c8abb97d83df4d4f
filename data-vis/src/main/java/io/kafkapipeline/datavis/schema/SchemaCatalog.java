package io.kafkapipeline.datavis.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import io.kafkapipeline.cassandra.CqlType;
import io.kafkapipeline.datavis.DataVisException;
import io.kafkapipeline.datavis.UnknownTableException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tables of one keyspace as the driver's schema metadata describes them: the only source of table and column
 * names that data-vis puts into CQL. A name from a user (a CLI argument, a CSV header) is looked up here and never
 * used as text in a statement.
 */
public final class SchemaCatalog {

    private static final Logger log = LoggerFactory.getLogger(SchemaCatalog.class);

    private final String keyspace;
    private final Map<String, TableSchema> tables;

    public SchemaCatalog(String keyspace, List<TableSchema> tables) {
        this.keyspace = keyspace;
        this.tables = new TreeMap<>();
        for (TableSchema t : tables) {
            this.tables.put(t.name(), t);
        }
    }

    /** Reads the tables of {@code keyspace} from the session's metadata. */
    public static SchemaCatalog read(CqlSession session, String keyspace) {
        KeyspaceMetadata ks = session.getMetadata()
                .getKeyspace(CqlIdentifier.fromInternal(keyspace))
                .orElseThrow(() -> new DataVisException("keyspace " + keyspace + " does not exist;"
                        + " apply the schema of cassandra/schema first (./pipeline up does)"));
        List<TableSchema> tables = new ArrayList<>();
        for (TableMetadata table : ks.getTables().values()) {
            tables.add(toSchema(keyspace, table));
        }
        log.debug("Keyspace {} has tables {}", keyspace, tables);
        return new SchemaCatalog(keyspace, tables);
    }

    static TableSchema toSchema(String keyspace, TableMetadata table) {
        Set<CqlIdentifier> key = new HashSet<>();
        table.getPrimaryKey().forEach(c -> key.add(c.getName()));
        List<Column> columns = new ArrayList<>();
        for (ColumnMetadata c : table.getColumns().values()) {
            columns.add(new Column(
                    c.getName().asInternal(),
                    typeOf(c.getType()),
                    c.getType().asCql(false, true),
                    key.contains(c.getName())));
        }
        return new TableSchema(keyspace, table.getName().asInternal(), columns);
    }

    /** The model's type of a driver type, by its CQL name; null for a type outside the model (collections, ...). */
    static CqlType typeOf(DataType type) {
        return CqlType.of(type.asCql(false, true)).orElse(null);
    }

    public String keyspace() {
        return keyspace;
    }

    /** The table names, sorted. */
    public List<String> tableNames() {
        return List.copyOf(tables.keySet());
    }

    /** The table named {@code table}, or an {@link UnknownTableException} that lists the real ones. */
    public TableSchema table(String table) {
        TableSchema t = tables.get(table);
        if (t == null) {
            throw new UnknownTableException(table, keyspace, tables.keySet());
        }
        return t;
    }
}
