package io.kafkapipeline.datavis.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> read(String text) {
        CsvReader reader = new CsvReader(new StringReader(text), "t.csv");
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void readsPlainRecordsWithTheirLines() {
        List<CsvRecord> records = read("a,b,c\n1,2,3\n4,5,6");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("1", "2", "3");
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<CsvRecord> records = read("name,address\n\"Doe, Jane\",\"1 Main St\nSpringfield, \"\"IL\"\"\"\nx,y\n");
        assertThat(records.get(1).fields()).containsExactly("Doe, Jane", "1 Main St\nSpringfield, \"IL\"");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).line()).isEqualTo(4);
    }

    @Test
    void crlfLineBreaksBomAndBlankLines() {
        List<CsvRecord> records = read("\uFEFFa,b\r\n\r\n1,2\r\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields()).containsExactly("a", "b");
        assertThat(records.get(1).line()).isEqualTo(3);
    }

    @Test
    void bareEmptyFieldIsNullQuotedEmptyFieldIsEmptyString() {
        CsvRecord r = read("a,,\"\",").get(0);
        assertThat(r.size()).isEqualTo(4);
        assertThat(r.get(0)).isEqualTo("a");
        assertThat(r.get(1)).isNull();
        assertThat(r.get(2)).isEmpty();
        assertThat(r.get(3)).isNull();
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereTheFieldStarts() {
        assertThatThrownBy(() -> read("a,b\n1,\"open\n\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("t.csv line 2: a quoted field is not closed before the end of input");
    }

    @Test
    void textAfterClosingQuoteIsAnError() {
        assertThatThrownBy(() -> read("a,b\n\"x\"y,2\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("t.csv line 2: unexpected character 'y' after a closing quote");
    }

    @Test
    void quoteInsideBareFieldIsAnError() {
        assertThatThrownBy(() -> read("a,b\n1,x\"y\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("t.csv line 2: unexpected quote inside an unquoted field");
    }

    @Test
    void writerOutputReadsBackUnchanged() {
        List<List<String>> rows =
                List.of(Arrays.asList("plain", "with, comma", "with \"quote\"", "two\nlines", "", null, "cr\r\nlf"));
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        rows.forEach(writer::write);
        CsvRecord back = read(out.toString()).get(0);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < back.size(); i++) {
            values.add(back.get(i));
        }
        assertThat(values).isEqualTo(rows.get(0));
        assertThat(out.toString()).startsWith("plain,\"with, comma\",\"with \"\"quote\"\"\",\"two\nlines\",\"\",,");
    }
}
