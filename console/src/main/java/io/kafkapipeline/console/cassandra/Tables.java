package io.kafkapipeline.console.cassandra;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.kafkapipeline.cassandra.Column;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.cassandra.Table;
import io.kafkapipeline.console.NotFoundException;
import io.kafkapipeline.datavis.DataVis;
import io.kafkapipeline.datavis.chart.ChartImages;
import io.kafkapipeline.datavis.report.PipelineReport;
import io.kafkapipeline.datavis.report.ReportChart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The tables of the schema model ({@code cassandra/schema/}): the latest rows of each (by write time) and its charts
 * from data-vis.
 */
public final class Tables {

    /** Rows read to find the latest ones; a bigger table shows the latest of the first this many. */
    static final int SCAN = 5_000;

    private static final Duration CHART_TTL = Duration.ofSeconds(30);

    /** The latest rows of a table: columns, cells as text (null stays null), and how they were chosen. */
    public record Rows(Table table, List<String> columns, List<List<String>> rows, long scanned, boolean capped) {}

    /** A chart of a table as PNG bytes. */
    public record Chart(String file, String title, String caption, byte[] png) {}

    private record Charts(long madeAt, List<Chart> charts) {}

    private final Cassandra cassandra;
    private final Map<String, Charts> chartCache = new ConcurrentHashMap<>();

    public Tables(Cassandra cassandra) {
        this.cassandra = cassandra;
    }

    /** Every table of the schema, in the order of the data flow. */
    public List<Table> list() {
        return Schema.tables();
    }

    public Table table(String name) {
        try {
            return Schema.table(name);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    /**
     * The {@code limit} most recently written rows: reads up to {@value #SCAN} rows with the write time of their
     * first non-key column, newest first.
     */
    public Rows latest(String name, int limit) {
        Table table = table(name);
        String columns = table.columnNames().stream().map(Tables::quoted).collect(Collectors.joining(", "));
        String stamped = table.columns().stream()
                .filter(c -> !table.isPrimaryKey(c.name()))
                .map(Column::name)
                .findFirst()
                .orElse(null);
        String cql = "SELECT " + columns + (stamped == null ? "" : ", WRITETIME(" + quoted(stamped) + ")") + " FROM "
                + quoted(table.keyspace()) + "." + quoted(table.name()) + " LIMIT " + SCAN;
        ResultSet result =
                cassandra.session().execute(SimpleStatement.newInstance(cql).setTimeout(Duration.ofSeconds(10)));
        List<Object[]> read = new ArrayList<>();
        int n = table.columns().size();
        for (Row row : result) {
            Object[] cells = new Object[n + 1];
            for (int i = 0; i < n; i++) {
                cells[i] = row.getObject(i);
            }
            cells[n] = stamped == null || row.isNull(n) ? Long.MIN_VALUE : row.getLong(n);
            read.add(cells);
        }
        read.sort(Comparator.comparingLong((Object[] c) -> (Long) c[n]).reversed());
        List<List<String>> rows = new ArrayList<>();
        for (Object[] cells : read.subList(0, Math.min(limit, read.size()))) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                texts.add(cells[i] == null ? null : cells[i].toString());
            }
            rows.add(texts);
        }
        return new Rows(table, table.columnNames(), rows, read.size(), read.size() >= SCAN);
    }

    /** The data-vis charts of a table (none for a table data-vis has no charts for), kept for 30 s. */
    public List<Chart> charts(String name) {
        table(name);
        Charts cached = chartCache.get(name);
        if (cached != null && System.nanoTime() - cached.madeAt < CHART_TTL.toNanos()) {
            return cached.charts;
        }
        List<ReportChart> made =
                PipelineReport.chartsOf(name, DataVis.using(cassandra.session()).read(name));
        List<Chart> charts = made.stream()
                .map(c -> new Chart(c.file(), c.title(), c.caption(), ChartImages.png(c.image())))
                .toList();
        chartCache.put(name, new Charts(System.nanoTime(), charts));
        return charts;
    }

    /** An identifier of the schema model as CQL writes it (quoted when it must be). */
    private static String quoted(String identifier) {
        return CqlIdentifier.fromInternal(identifier).asCql(true);
    }
}
