package io.kafkapipeline.kafka.sink.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.common.sink.metadata.InnerDataAndMetadata;
import com.datastax.oss.common.sink.metadata.MetadataCreator;
import com.datastax.oss.common.sink.record.JsonData;
import com.datastax.oss.common.sink.record.RawData;
import com.datastax.oss.driver.api.core.type.DataTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shortcuts give exactly what the engine's own path gives: same data class, fields, values and types. */
class EngineDataTest {

    private static InnerDataAndMetadata engine(Object adapted) throws Exception {
        return MetadataCreator.makeMeta(adapted);
    }

    @Test
    void aSchemalessJsonObjectGivesTheEnginesFieldsValuesAndTypes() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("location", "Hanoi");
        value.put("temp", 30.01);
        value.put("ratio", 2.0);
        value.put("big", 1e300);
        value.put("tiny", 1.5e-7);
        value.put("float", 1.1f);
        value.put("humidity", 79L);
        value.put("count", 5_000_000_000L);
        value.put("small", 7);
        value.put("negative", -12L);
        value.put("exact", new BigDecimal("2.50"));
        value.put("huge", new BigInteger("123456789012345678901234567890"));
        value.put("flag", true);
        value.put("nothing", null);
        value.put("empty", "");
        value.put("numeric_text", "79");
        value.put("nested", Map.of("a", 1L, "b", List.of(1.25, "x")));
        value.put("list", Arrays.asList(1L, null, "two"));
        value.put("date", new java.util.Date(0));

        EngineData ours = EngineData.of(null, value);
        InnerDataAndMetadata theirs = engine(ConnectValues.recordToEngine(null, value));

        assertThat(theirs.getInnerData()).isInstanceOf(JsonData.class);
        assertThat(ours.data().fields()).isEqualTo(theirs.getInnerData().fields());
        for (String field : theirs.getInnerData().fields()) {
            assertThat(ours.data().getFieldValue(field))
                    .as(field)
                    .isEqualTo(theirs.getInnerData().getFieldValue(field));
            assertThat(ours.metadata().getFieldType(field, DataTypes.TEXT))
                    .as(field)
                    .isEqualTo(theirs.getInnerMetadata().getFieldType(field, DataTypes.TEXT));
        }
        assertThat(ours.data().getFieldValue("absent")).isNull();
        assertThat(theirs.getInnerData().getFieldValue("absent")).isNull();
    }

    @Test
    void floatingPointNumbersGiveTheEnginesDecimalNodesAlsoWhenRemembered() throws Exception {
        java.util.Random random = new java.util.Random(7);
        List<Object> numbers = new java.util.ArrayList<>(List.of(
                0.0,
                -0.0,
                1.0,
                10.0,
                100.0,
                1e7,
                1.0e-10,
                123456789.125,
                Double.MIN_VALUE,
                Double.MAX_VALUE,
                -2.5,
                0.1f,
                3.0f,
                Float.MAX_VALUE));
        for (int i = 0; i < 500; i++) {
            numbers.add(Math.round(random.nextDouble() * 40_000) / 100.0);
            numbers.add(random.nextGaussian() * 1e6);
        }
        for (int round = 0; round < 2; round++) {
            for (Object number : numbers) {
                Map<String, Object> value = Map.of("n", number);

                assertThat(EngineData.of(null, value).data().getFieldValue("n"))
                        .as("%s", number)
                        .isEqualTo(engine(ConnectValues.recordToEngine(null, value))
                                .getInnerData()
                                .getFieldValue("n"));
            }
        }
    }

    @Test
    void theWholeValueAsTextIsTheEnginesText() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", 1.5);
        value.put("a", "x");

        assertThat(EngineData.of(null, value).data().getFieldValue("__self"))
                .isEqualTo(engine(ConnectValues.recordToEngine(null, value))
                        .getInnerData()
                        .getFieldValue("__self"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ada Lovelace|1 Main St #7",
                "123",
                "-1.5",
                "true",
                "falsehood",
                "x",
                "{\"location\":\"Hanoi\"}",
                "{broken",
                "",
                " ",
                " {\"a\":1}",
                "null",
                "nullable",
                "[1,2]",
                "\"quoted\"",
                "city-1"
            })
    void textKeysGiveTheEnginesDataWithOrWithoutTheShortcut(String key) throws Exception {
        EngineData ours = EngineData.of(Schema.STRING_SCHEMA, key);
        InnerDataAndMetadata theirs = engine(key);

        assertThat(ours.data().getClass()).isEqualTo(theirs.getInnerData().getClass());
        assertThat(ours.data().fields()).isEqualTo(theirs.getInnerData().fields());
        for (String field : theirs.getInnerData().fields()) {
            assertThat(ours.data().getFieldValue(field))
                    .isEqualTo(theirs.getInnerData().getFieldValue(field));
        }
    }

    @Test
    void plainTextSkipsTheJsonParser() {
        assertThat(EngineData.mayBeJsonObject("Ada Lovelace|1 Main St")).isFalse();
        assertThat(EngineData.mayBeJsonObject("{\"a\":1}")).isTrue();
        assertThat(EngineData.mayBeJsonObject("null")).isTrue();
        assertThat(EngineData.mayBeJsonObject(" x")).isTrue();
    }

    @Test
    void aMapWithNonTextKeysTakesTheEnginesPath() throws Exception {
        Map<Object, Object> value = Map.of(1, "one");

        EngineData ours = EngineData.of(null, value);

        assertThat(ours.data()).isInstanceOf(JsonData.class);
        assertThat(ours.data().getFieldValue("1"))
                .isEqualTo(engine(ConnectValues.recordToEngine(null, value))
                        .getInnerData()
                        .getFieldValue("1"));
    }

    @Test
    void nullStaysTheEnginesNullData() throws Exception {
        assertThat(EngineData.of(null, null).data()).isInstanceOf(RawData.class);
        assertThat(EngineData.of(null, null).data().getFieldValue("__self")).isNull();
    }
}
