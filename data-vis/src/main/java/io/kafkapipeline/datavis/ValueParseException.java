package io.kafkapipeline.datavis;

/** A CSV value that does not parse as its column's CQL type; names the source, line and column. */
public class ValueParseException extends DataVisException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final String column;

    public ValueParseException(String source, long line, String column, String reason) {
        super(source + " line " + line + ", column '" + column + "': " + reason);
        this.line = line;
        this.column = column;
    }

    /** The line (1-based, the header is line 1) where the record starts. */
    public long line() {
        return line;
    }

    public String column() {
        return column;
    }
}
