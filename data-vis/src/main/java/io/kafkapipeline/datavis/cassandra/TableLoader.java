package io.kafkapipeline.datavis.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.kafkapipeline.cassandra.CqlSessions;
import io.kafkapipeline.datavis.DataVisException;
import io.kafkapipeline.datavis.load.ParsedCsv;
import io.kafkapipeline.datavis.load.ParsedRow;
import io.kafkapipeline.datavis.schema.Column;
import io.kafkapipeline.datavis.schema.CsvValues;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes checked CSV rows into their table (the seed's {@code save}): one prepared {@code INSERT} with a bind marker
 * per header column, executed asynchronously with at most {@value #MAX_IN_FLIGHT} requests in flight. Inserts are
 * idempotent (an upsert of the same values), so the driver may retry them. Null values are left unset rather than
 * written as tombstones.
 */
public final class TableLoader {

    private static final Logger log = LoggerFactory.getLogger(TableLoader.class);
    static final int MAX_IN_FLIGHT = 32;

    private final CqlSession session;

    public TableLoader(CqlSession session) {
        this.session = session;
    }

    /** Writes every row; returns how many were written. Stops at the first failed write and throws. */
    public long write(ParsedCsv csv) {
        List<Column> columns = csv.columns();
        PreparedStatement insert = session.prepare(Cql.insert(csv.table(), columns));
        Semaphore permits = new Semaphore(MAX_IN_FLIGHT);
        AtomicReference<DataVisException> failure = new AtomicReference<>();
        AtomicLong written = new AtomicLong();
        log.info(
                "Writing {} rows of {} into {}",
                csv.rows().size(),
                csv.source(),
                csv.table().qualifiedName());
        try {
            for (ParsedRow row : csv.rows()) {
                if (failure.get() != null) {
                    break;
                }
                permits.acquire();
                session.executeAsync(bind(insert, columns, row)).whenComplete((rs, error) -> {
                    if (error == null) {
                        written.incrementAndGet();
                    } else {
                        failure.compareAndSet(
                                null,
                                new DataVisException(
                                        csv.source() + " line " + row.line()
                                                + ": writing to " + csv.table().qualifiedName() + " failed: "
                                                + CqlSessions.firstLine(error.getMessage()),
                                        error));
                    }
                    permits.release();
                });
            }
            permits.acquire(MAX_IN_FLIGHT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataVisException(
                    "interrupted while writing " + csv.source() + " (" + written.get() + " rows written)", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return written.get();
    }

    private static com.datastax.oss.driver.api.core.cql.BoundStatement bind(
            PreparedStatement insert, List<Column> columns, ParsedRow row) {
        BoundStatementBuilder b = insert.boundStatementBuilder().setIdempotence(true);
        Object[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                b = set(b, i, values[i], CsvValues.javaType(columns.get(i).type()));
            }
        }
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static BoundStatementBuilder set(BoundStatementBuilder b, int i, Object value, Class<?> type) {
        return b.set(i, value, (Class<Object>) type);
    }
}
