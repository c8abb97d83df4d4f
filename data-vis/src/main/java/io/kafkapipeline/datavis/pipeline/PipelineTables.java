package io.kafkapipeline.datavis.pipeline;

import java.util.List;

/** The tables of the pipeline (cassandra/schema/002-tables.cql) that the charts read. */
public final class PipelineTables {

    public static final String WEATHER = "weatherreport";
    public static final String FAKER = "fakerdata";
    public static final String SPACEX = "spacex_launches";
    public static final String TWITTER = "twitterdata";
    /** The tables filled from the producers' recordings by the data-vis tests (twitterdata has no fixture CSV). */
    public static final List<String> ALL = List.of(WEATHER, FAKER, SPACEX);

    private PipelineTables() {}
}
