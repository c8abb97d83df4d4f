package io.kafkapipeline.datavis.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.cassandra.CqlType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvValuesTest {

    @Test
    void parsesEachType() {
        assertThat(CsvValues.parse(CqlType.TEXT, " keeps spaces ")).isEqualTo(" keeps spaces ");
        assertThat(CsvValues.parse(CqlType.INT, " 1994 ")).isEqualTo(1994);
        assertThat(CsvValues.parse(CqlType.INT, "+7")).isEqualTo(7);
        assertThat(CsvValues.parse(CqlType.BIGINT, "1633600412")).isEqualTo(1633600412L);
        assertThat(CsvValues.parse(CqlType.SMALLINT, "-3")).isEqualTo((short) -3);
        assertThat(CsvValues.parse(CqlType.VARINT, "123456789012345678901234"))
                .isEqualTo(new BigInteger("123456789012345678901234"));
        assertThat(CsvValues.parse(CqlType.DOUBLE, "304.3")).isEqualTo(304.3);
        assertThat(CsvValues.parse(CqlType.DOUBLE, "12")).isEqualTo(12.0);
        assertThat(CsvValues.parse(CqlType.DOUBLE, "1e3")).isEqualTo(1000.0);
        assertThat(CsvValues.parse(CqlType.FLOAT, ".5")).isEqualTo(0.5f);
        assertThat(CsvValues.parse(CqlType.DECIMAL, "1.10")).isEqualTo(new BigDecimal("1.10"));
        assertThat(CsvValues.parse(CqlType.BOOLEAN, "True")).isEqualTo(true);
        assertThat(CsvValues.parse(CqlType.BOOLEAN, "false")).isEqualTo(false);
        assertThat(CsvValues.parse(CqlType.DATE, "1994-02-28")).isEqualTo(LocalDate.of(1994, 2, 28));
        assertThat(CsvValues.parse(CqlType.UUID, "123e4567-e89b-12d3-a456-426614174000"))
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
        assertThat(CsvValues.parse(CqlType.TIMESTAMP, text)).isEqualTo(Instant.parse(expected));
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
                "TIMEUUID  | 123e4567-e89b-42d3-a456-426614174000 | '123e4567-e89b-42d3-a456-426614174000' is not a timeuuid (version 1 UUID)",
                "TIME      | 25:00       | '25:00' is not a time (HH:mm:ss)",
                "BLOB      | 0x123       | '0x123' is not a blob (0x and hex digits)",
                "INET      | localhost   | 'localhost' is not an inet (an IP address)",
                "INET      | 256.1.1.1   | '256.1.1.1' is not an inet (an IP address)",
            })
    void rejectsWhatDoesNotParseAndSaysWhy(CqlType type, String text, String message) {
        assertThatThrownBy(() -> CsvValues.parse(type, text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void formatReadsBackToTheSameValue() throws Exception {
        Object[][] cases = {
            {CqlType.TIMESTAMP, Instant.parse("2021-10-07T09:53:32.123Z")},
            {CqlType.DOUBLE, 304.299988},
            {CqlType.DOUBLE, 1.0E-7},
            {CqlType.FLOAT, 304.3f},
            {CqlType.INT, -12},
            {CqlType.DATE, LocalDate.of(1935, 12, 31)},
            {CqlType.BOOLEAN, true},
            {CqlType.DECIMAL, new BigDecimal("1E+3")},
            {CqlType.TIME, LocalTime.of(9, 53, 32, 123_000_000)},
            {CqlType.BLOB, ByteBuffer.wrap(new byte[] {1, 2, (byte) 0xff})},
            {CqlType.INET, InetAddress.getLoopbackAddress()},
            {CqlType.UUID, UUID.fromString("123e4567-e89b-12d3-a456-426614174000")},
        };
        for (Object[] c : cases) {
            CqlType type = (CqlType) c[0];
            assertThat(CsvValues.parse(type, CsvValues.format(type, c[1])))
                    .as(type + " " + c[1])
                    .isEqualTo(c[1]);
        }
        assertThat(CsvValues.format(CqlType.TIMESTAMP, Instant.parse("2021-10-07T09:53:32Z")))
                .isEqualTo("2021-10-07T09:53:32Z");
        assertThat(CsvValues.format(CqlType.INT, null)).isNull();
    }

    @Test
    void everyTypeHasTheJavaTypeTheDriverUses() {
        for (CqlType type : CqlType.values()) {
            assertThat(CsvValues.javaType(type)).as(type.cql()).isNotNull();
        }
        assertThat(CsvValues.javaType(CqlType.TIMESTAMP)).isEqualTo(Instant.class);
        assertThat(CsvValues.javaType(CqlType.SMALLINT)).isEqualTo(Short.class);
        assertThat(CsvValues.javaType(CqlType.BLOB)).isEqualTo(ByteBuffer.class);
    }
}
