package io.kafkapipeline.datavis;

/**
 * What a CSV load wrote.
 *
 * @param table the qualified table name
 * @param source the CSV file name
 * @param rows the number of rows written
 */
public record LoadResult(String table, String source, long rows) {

    @Override
    public String toString() {
        return "Loaded " + rows + (rows == 1 ? " row" : " rows") + " into " + table + " from " + source;
    }
}
