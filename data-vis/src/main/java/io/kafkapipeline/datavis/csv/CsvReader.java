package io.kafkapipeline.datavis.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A reader of RFC 4180 CSV: comma-separated, fields quoted with {@code "} (doubled inside), line breaks LF, CRLF or
 * CR, line breaks allowed inside quoted fields (Faker addresses have them). A byte order mark at the start and
 * blank lines are skipped. Not thread-safe; does not close the reader it wraps.
 */
public final class CsvReader {

    private static final int BOM = '\uFEFF';

    private final Reader in;
    private final String source;
    private long line = 1;
    private int peeked = -2;
    private boolean started;

    public CsvReader(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The next record, or null at the end of the input. */
    public CsvRecord next() {
        skipBlankLines();
        if (peek() < 0) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        BitSet quoted = new BitSet();
        StringBuilder field = new StringBuilder();
        while (true) {
            int c = read();
            if (c == '"' && field.length() == 0 && !quoted.get(fields.size())) {
                quoted.set(fields.size());
                readQuoted(field, start);
                int after = peek();
                if (after != ',' && after != '\n' && after != '\r' && after >= 0) {
                    throw new CsvFormatException(
                            source,
                            line,
                            "unexpected character '" + (char) after
                                    + "' after a closing quote (a quote inside a field must be doubled)");
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                continue;
            }
            if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c >= 0) {
                    line++;
                }
                fields.add(field.toString());
                return new CsvRecord(start, fields, quoted);
            }
            if (c == '"') {
                throw new CsvFormatException(
                        source,
                        line,
                        "unexpected quote inside an unquoted field" + " (quote the whole field and double the quote)");
            }
            field.append((char) c);
        }
    }

    private void readQuoted(StringBuilder field, long start) {
        while (true) {
            int c = read();
            if (c < 0) {
                throw new CsvFormatException(source, start, "a quoted field is not closed before the end of input");
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    field.append('"');
                    continue;
                }
                return;
            }
            if (c == '\r' || (c == '\n')) {
                if (c == '\r' && peek() == '\n') {
                    read();
                    field.append('\r');
                    c = '\n';
                }
                line++;
            }
            field.append((char) c);
        }
    }

    private void skipBlankLines() {
        while (true) {
            int c = peek();
            if (c == '\n') {
                read();
                line++;
            } else if (c == '\r') {
                read();
                if (peek() == '\n') {
                    read();
                }
                line++;
            } else {
                return;
            }
        }
    }

    private int peek() {
        if (peeked == -2) {
            peeked = readRaw();
        }
        return peeked;
    }

    private int read() {
        int c = peek();
        peeked = -2;
        return c;
    }

    private int readRaw() {
        try {
            int c = in.read();
            if (!started) {
                started = true;
                if (c == BOM) {
                    c = in.read();
                }
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("Couldn't read " + source, e);
        }
    }
}
