package io.kafkapipeline.datavis.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.kafkapipeline.datavis.frame.Frame;
import io.kafkapipeline.datavis.schema.Column;
import io.kafkapipeline.datavis.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads whole tables (the seed's {@code getDF}), page by page. */
public final class TableReader {

    private static final Logger log = LoggerFactory.getLogger(TableReader.class);
    private static final int PAGE_SIZE = 1000;

    private final CqlSession session;

    public TableReader(CqlSession session) {
        this.session = session;
    }

    /** Every row of {@code table}, with the given columns (in that order). */
    public Frame read(TableSchema table, List<Column> columns) {
        List<Object[]> rows = new ArrayList<>();
        forEachRow(table, columns, rows::add);
        log.debug("Read {} rows from {}", rows.size(), table.qualifiedName());
        return new Frame(table.name(), columns, rows);
    }

    /** Calls {@code action} with the values of each row of {@code table} (one array per row, column order). */
    public long forEachRow(TableSchema table, List<Column> columns, Consumer<Object[]> action) {
        SimpleStatement select =
                SimpleStatement.newInstance(Cql.select(table, columns)).setPageSize(PAGE_SIZE);
        ResultSet rs = session.execute(select);
        long count = 0;
        for (Row row : rs) {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getObject(i);
            }
            action.accept(values);
            count++;
        }
        return count;
    }
}
