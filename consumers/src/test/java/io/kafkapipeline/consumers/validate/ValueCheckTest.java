package io.kafkapipeline.consumers.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.cassandra.CqlType;
import io.kafkapipeline.common.json.Json;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValueCheckTest {

    /** Every CQL type of the model: JSON the sink can write into it, and JSON it cannot. */
    static Stream<Arguments> everyType() {
        return Stream.of(
                type(CqlType.TEXT, List.of("\"Hanoi\"", "\"\""), List.of("12", "true", "{}")),
                type(CqlType.ASCII, List.of("\"Hanoi\""), List.of("\"Hà Nội\"", "1")),
                type(CqlType.INT, List.of("2147483647", "-1"), List.of("2147483648", "1.5", "\"1\"")),
                type(CqlType.BIGINT, List.of("9223372036854775807"), List.of("9223372036854775808", "1.0")),
                type(CqlType.SMALLINT, List.of("32767", "-32768"), List.of("32768")),
                type(CqlType.TINYINT, List.of("127", "-128"), List.of("128", "-129")),
                type(CqlType.VARINT, List.of("123456789012345678901234567890"), List.of("1.5", "\"7\"")),
                type(CqlType.FLOAT, List.of("304.3", "12"), List.of("\"304.3\"")),
                type(CqlType.DOUBLE, List.of("304.3", "12"), List.of("\"304.3\"", "[]")),
                type(CqlType.DECIMAL, List.of("1.10"), List.of("\"1.10\"")),
                type(CqlType.BOOLEAN, List.of("true", "false"), List.of("\"true\"", "0")),
                type(
                        CqlType.TIMESTAMP,
                        List.of("\"2021-10-07T09:53:32Z\"", "\"2021-10-07T16:53:32+07:00\""),
                        List.of("\"2021-10-07\"", "1633600412")),
                type(CqlType.DATE, List.of("\"1994-02-28\""), List.of("\"28/02/1994\"", "\"1994-02-30\"")),
                type(CqlType.TIME, List.of("\"09:53:32\"", "\"09:53:32.123\""), List.of("\"25:00\"", "35612")),
                type(
                        CqlType.UUID,
                        List.of("\"123e4567-e89b-12d3-a456-426614174000\""),
                        List.of("\"123e4567\"", "\"not-a-uuid-at-all-not-a-uuid-at-all\"")),
                type(
                        CqlType.TIMEUUID,
                        List.of("\"123e4567-e89b-12d3-a456-426614174000\""),
                        List.of("\"123e4567-e89b-42d3-a456-426614174000\"")),
                type(CqlType.BLOB, List.of("\"AQID\"", "\"0x010203\""), List.of("\"0xZZ\"", "\"%%\"", "3")),
                type(
                        CqlType.INET,
                        List.of("\"127.0.0.1\"", "\"::1\"", "\"2001:db8::8a2e:370:7334\""),
                        List.of("\"256.0.0.1\"", "\"localhost\"", "\"1:2:3:4:5:6:7:8:9\"")));
    }

    @Test
    void everyTypeOfTheModelIsCovered() {
        Set<CqlType> covered = everyType()
                .map(a -> (CqlType) a.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CqlType.class)));
        assertThat(covered).containsExactlyInAnyOrder(CqlType.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void acceptsWhatTheTypeHoldsAndNamesItOtherwise(CqlType type, List<String> good, List<String> bad)
            throws Exception {
        for (String json : good) {
            assertThat(ValueCheck.problem(type, node(json))).as(json).isEmpty();
        }
        for (String json : bad) {
            JsonNode value = node(json);
            assertThat(ValueCheck.problem(type, value))
                    .as(json)
                    .contains("expected " + ValueCheck.expected(type) + ", found " + ValueCheck.describe(value));
        }
    }

    private static Arguments type(CqlType type, List<String> good, List<String> bad) {
        return Arguments.of(type, good, bad);
    }

    private static JsonNode node(String json) throws Exception {
        return Json.readTree(json);
    }

    @Test
    void descriptionsShowKindAndShortenedValue() throws Exception {
        assertThat(ValueCheck.describe(node("\"" + "x".repeat(50) + "\"")))
                .isEqualTo("string \"" + "x".repeat(40) + "…\"");
        assertThat(Arrays.asList(ValueCheck.describe(node("[1]")), ValueCheck.describe(node("12.5"))))
                .containsExactly("array", "number 12.5");
    }
}
