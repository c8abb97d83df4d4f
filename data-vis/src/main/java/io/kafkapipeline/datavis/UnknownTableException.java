package io.kafkapipeline.datavis;

import java.util.Collection;

/** A table name that is not a table of the keyspace. */
public class UnknownTableException extends DataVisException {

    private static final long serialVersionUID = 1L;

    private final String table;

    public UnknownTableException(String table, String keyspace, Collection<String> known) {
        super("unknown table '" + table + "' in keyspace " + keyspace + " (tables: " + String.join(", ", known) + ")");
        this.table = table;
    }

    public String table() {
        return table;
    }
}
