package io.kafkapipeline.datavis.csv;

import io.kafkapipeline.datavis.DataVisException;

/** CSV text that breaks the format (an unterminated quote, text after a closing quote). */
public class CsvFormatException extends DataVisException {

    private static final long serialVersionUID = 1L;

    private final long line;

    public CsvFormatException(String source, long line, String problem) {
        super(source + " line " + line + ": " + problem);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
