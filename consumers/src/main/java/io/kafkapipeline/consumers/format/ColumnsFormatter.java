package io.kafkapipeline.consumers.format;

import io.kafkapipeline.common.contract.TableRecord;
import java.util.List;

/**
 * The line of a contract that has no format of its own: {@code <name> column=value ...} for every column in order,
 * each value quoted when it has spaces, {@code ?} for null. A new record contract is printed this way until it gets a
 * formatter.
 */
public final class ColumnsFormatter<T extends TableRecord> implements RecordFormatter<T> {

    private final String name;

    public ColumnsFormatter(String name) {
        this.name = name;
    }

    @Override
    public String line(T record) {
        List<String> columns = TableRecord.columns(record.getClass());
        List<Object> values = record.columnValues();
        StringBuilder line = new StringBuilder(name);
        for (int i = 0; i < columns.size(); i++) {
            Object value = values.get(i);
            line.append(' ')
                    .append(columns.get(i))
                    .append('=')
                    .append(value == null ? Text.UNKNOWN : Text.word(value.toString()));
        }
        return line.toString();
    }
}
