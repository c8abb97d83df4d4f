package io.kafkapipeline.datavis;

import java.util.Collection;

/** A column name that is not a column of the table (or frame) it was used with. */
public class UnknownColumnException extends DataVisException {

    private static final long serialVersionUID = 1L;

    private final String column;

    public UnknownColumnException(String prefix, String column, String table, Collection<String> known) {
        super(prefix + "column '" + column + "' is not a column of " + table + " (columns: " + String.join(", ", known)
                + ")");
        this.column = column;
    }

    public String column() {
        return column;
    }
}
