package io.kafkapipeline.datavis.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of the notebooks, rendered from the tables at one moment.
 *
 * @param generatedAt when the tables were read
 * @param source where they were read from, e.g. {@code Cassandra 127.0.0.1:9042}
 * @param rowCounts rows per table, in display order
 * @param charts the charts, grouped by section in display order
 */
public record Report(Instant generatedAt, String source, Map<String, Integer> rowCounts, List<ReportChart> charts) {

    public Report {
        rowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
        charts = List.copyOf(charts);
    }
}
