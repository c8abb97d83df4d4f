package io.kafkapipeline.datavis.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.type.DataTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTypeTest {

    @Test
    void mapsDriverTypes() {
        assertThat(ColumnType.of(DataTypes.TEXT)).isEqualTo(ColumnType.TEXT);
        assertThat(ColumnType.of(DataTypes.TIMESTAMP)).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(ColumnType.of(DataTypes.DATE)).isEqualTo(ColumnType.DATE);
        assertThat(ColumnType.of(DataTypes.listOf(DataTypes.TEXT))).isEqualTo(ColumnType.OTHER);
    }

    @Test
    void parsesEachType() {
        assertThat(ColumnType.TEXT.parse(" keeps spaces ")).isEqualTo(" keeps spaces ");
        assertThat(ColumnType.INT.parse(" 1994 ")).isEqualTo(1994);
        assertThat(ColumnType.INT.parse("+7")).isEqualTo(7);
        assertThat(ColumnType.BIGINT.parse("1633600412")).isEqualTo(1633600412L);
        assertThat(ColumnType.SMALLINT.parse("-3")).isEqualTo((short) -3);
        assertThat(ColumnType.VARINT.parse("123456789012345678901234"))
                .isEqualTo(new BigInteger("123456789012345678901234"));
        assertThat(ColumnType.DOUBLE.parse("304.3")).isEqualTo(304.3);
        assertThat(ColumnType.DOUBLE.parse("12")).isEqualTo(12.0);
        assertThat(ColumnType.DOUBLE.parse("1e3")).isEqualTo(1000.0);
        assertThat(ColumnType.FLOAT.parse(".5")).isEqualTo(0.5f);
        assertThat(ColumnType.DECIMAL.parse("1.10")).isEqualTo(new BigDecimal("1.10"));
        assertThat(ColumnType.BOOLEAN.parse("True")).isEqualTo(true);
        assertThat(ColumnType.BOOLEAN.parse("false")).isEqualTo(false);
        assertThat(ColumnType.DATE.parse("1994-02-28")).isEqualTo(LocalDate.of(1994, 2, 28));
        assertThat(ColumnType.UUID.parse("123e4567-e89b-12d3-a456-426614174000"))
                .isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
    }

    @ParameterizedTest
    @CsvSource({
        "2021-10-07T09:53:32Z, 2021-10-07T09:53:32Z",
        "2006-03-24T22:30:00.000Z, 2006-03-24T22:30:00Z",
        "2021-10-07T16:53:32+07:00, 2021-10-07T09:53:32Z",
        "2021-10-07 09:53:32, 2021-10-07T09:53:32Z",
        "2021-10-07T09:53:32.250, 2021-10-07T09:53:32.250Z",
        "2021-10-07 09:53, 2021-10-07T09:53:00Z",
    })
    void parsesTimestampsWithAndWithoutZone(String text, String expected) {
        assertThat(ColumnType.TIMESTAMP.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "|",
            value = {
                "INT       | 1994.0      | '1994.0' is not an int",
                "INT       | 99999999999 | '99999999999' is not an int (out of range)",
                "DOUBLE    | hot         | 'hot' is not a double",
                "DOUBLE    | 1.5d        | '1.5d' is not a double",
                "DOUBLE    | 0x1F        | '0x1F' is not a double",
                "BOOLEAN   | yes         | 'yes' is not a boolean (true or false)",
                "TIMESTAMP | 1633600412  | '1633600412' is not a timestamp (ISO-8601, e.g. 2021-10-07T09:53:32Z)",
                "TIMESTAMP | yesterday   | 'yesterday' is not a timestamp (ISO-8601, e.g. 2021-10-07T09:53:32Z)",
                "DATE      | 28/02/1994  | '28/02/1994' is not a date (yyyy-MM-dd)",
                "DATE      | 1994-02-30  | '1994-02-30' is not a date (yyyy-MM-dd)",
                "UUID      | 1-1-1-1-1   | '1-1-1-1-1' is not a uuid",
                "ASCII     | café        | 'café' is not an ascii (non-ASCII character)",
            })
    void rejectsWhatDoesNotParseAndSaysWhy(ColumnType type, String text, String message) {
        assertThatThrownBy(() -> type.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void formatReadsBackToTheSameValue() {
        Object[][] cases = {
            {ColumnType.TIMESTAMP, Instant.parse("2021-10-07T09:53:32.123Z")},
            {ColumnType.DOUBLE, 304.299988},
            {ColumnType.DOUBLE, 1.0E-7},
            {ColumnType.FLOAT, 304.3f},
            {ColumnType.INT, -12},
            {ColumnType.DATE, LocalDate.of(1935, 12, 31)},
            {ColumnType.BOOLEAN, true},
            {ColumnType.DECIMAL, new BigDecimal("1E+3")},
        };
        for (Object[] c : cases) {
            ColumnType type = (ColumnType) c[0];
            assertThat(type.parse(type.format(c[1]))).as(type + " " + c[1]).isEqualTo(c[1]);
        }
        assertThat(ColumnType.TIMESTAMP.format(Instant.parse("2021-10-07T09:53:32Z")))
                .isEqualTo("2021-10-07T09:53:32Z");
        assertThat(ColumnType.INT.format(null)).isNull();
    }

    @Test
    void otherTypesCannotBeConverted() {
        assertThatThrownBy(() -> ColumnType.OTHER.parse("[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnType.OTHER.format(java.util.List.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
