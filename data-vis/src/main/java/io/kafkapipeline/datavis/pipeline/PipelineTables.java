package io.kafkapipeline.datavis.pipeline;

import io.kafkapipeline.cassandra.Schema;
import java.util.List;

/**
 * The tables of the pipeline's schema (the model of {@code cassandra/schema/*.cql}) and the ones the charts read.
 * Each chart table is looked up in the schema when this class loads, so a renamed table fails at once.
 */
public final class PipelineTables {

    public static final String WEATHER = chartTable("weatherreport");
    public static final String FAKER = chartTable("fakerdata");
    public static final String SPACEX = chartTable("spacex_launches");
    public static final String TWITTER = chartTable("twitterdata");
    /** Every table of the schema, in file order. */
    public static final List<String> ALL = Schema.tableNames();

    private PipelineTables() {}

    private static String chartTable(String name) {
        return Schema.table(name).name();
    }
}
