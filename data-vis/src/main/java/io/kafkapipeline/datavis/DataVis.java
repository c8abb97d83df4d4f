package io.kafkapipeline.datavis;

import com.datastax.oss.driver.api.core.CqlSession;
import io.kafkapipeline.cassandra.CqlConnectException;
import io.kafkapipeline.cassandra.CqlSessions;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.datavis.cassandra.TableExporter;
import io.kafkapipeline.datavis.cassandra.TableLoader;
import io.kafkapipeline.datavis.cassandra.TableReader;
import io.kafkapipeline.datavis.config.DataVisConfig;
import io.kafkapipeline.datavis.frame.Frame;
import io.kafkapipeline.datavis.load.CsvTableParser;
import io.kafkapipeline.datavis.load.ParsedCsv;
import io.kafkapipeline.datavis.schema.Column;
import io.kafkapipeline.datavis.schema.SchemaCatalog;
import io.kafkapipeline.datavis.schema.TableSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for notebooks, the CLI and the report: read a table into a {@link Frame}, load a CSV file into a
 * table, export a table as CSV. Table and column names are checked against the keyspace's schema metadata.
 *
 * <pre>{@code
 * try (DataVis dv = DataVis.connect()) {          // CASSANDRA_HOST, CASSANDRA_PORT, ...
 *     Frame weather = dv.read("weatherreport");
 *     dv.load("spacex_launches", Path.of("launches.csv"));
 * }
 * }</pre>
 */
public final class DataVis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DataVis.class);

    private final CqlSession session;
    private final boolean ownsSession;

    private DataVis(CqlSession session, boolean ownsSession) {
        this.session = session;
        this.ownsSession = ownsSession;
    }

    /** Connects with the settings of the environment ({@link DataVisConfig}); {@link #close()} closes the session. */
    public static DataVis connect() {
        return connect(DataVisConfig.fromEnvironment());
    }

    public static DataVis connect(DataVisConfig config) {
        log.info("Connecting to Cassandra at {} (dc {})", config.address(), config.localDc());
        try {
            CqlSession session = CqlSessions.open(
                    config.host(),
                    config.port(),
                    config.localDc(),
                    config.username().orElse(null),
                    config.password().orElse(null));
            return new DataVis(session, true);
        } catch (CqlConnectException e) {
            throw new DataVisException(
                    e.getMessage() + " (check CASSANDRA_HOST and CASSANDRA_PORT; ./pipeline up starts the local node)",
                    e);
        }
    }

    /** Uses a session owned by the caller; {@link #close()} leaves it open. */
    public static DataVis using(CqlSession session) {
        return new DataVis(session, false);
    }

    public CqlSession session() {
        return session;
    }

    /** The tables of the keyspace, sorted. */
    public List<String> tables() {
        return catalog().tableNames();
    }

    /** The columns of {@code table}; an unknown name fails with the list of real tables. */
    public TableSchema schema(String table) {
        return catalog().table(table);
    }

    /** Every row and column of {@code table}. */
    public Frame read(String table) {
        TableSchema schema = schema(table);
        return new TableReader(session).read(schema, schema.columns());
    }

    /** Every row of {@code table}, with only the given columns. */
    public Frame read(String table, String... columns) {
        TableSchema schema = schema(table);
        List<Column> selected = new ArrayList<>();
        for (String c : columns) {
            selected.add(schema.column(c));
        }
        return new TableReader(session).read(schema, selected);
    }

    /** Loads a UTF-8 CSV file whose header names columns of {@code table}; checks the whole file before writing. */
    public LoadResult load(String table, Path csv) {
        TableSchema schema = schema(table);
        String source = String.valueOf(csv.getFileName());
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return load(schema, in, source);
        } catch (NoSuchFileException e) {
            throw new DataVisException("no such file: " + csv, e);
        } catch (IOException e) {
            throw new DataVisException("cannot read " + csv + ": " + e.getMessage(), e);
        }
    }

    /** Loads CSV text; {@code source} names it in messages. */
    public LoadResult load(String table, Reader csv, String source) {
        return load(schema(table), csv, source);
    }

    private LoadResult load(TableSchema schema, Reader in, String source) {
        ParsedCsv parsed = new CsvTableParser(schema).parse(in, source);
        long rows = new TableLoader(session).write(parsed);
        LoadResult result = new LoadResult(schema.qualifiedName(), source, rows);
        log.info("{}", result);
        return result;
    }

    /** Writes {@code table} as CSV to {@code out} (not closed); returns the number of rows. */
    public long export(String table, Writer out) {
        return new TableExporter(session).export(schema(table), out);
    }

    private SchemaCatalog catalog() {
        return SchemaCatalog.read(session, Schema.KEYSPACE);
    }

    @Override
    public void close() {
        if (ownsSession) {
            session.close();
        }
    }
}
