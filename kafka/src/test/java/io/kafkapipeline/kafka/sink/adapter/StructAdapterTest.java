package io.kafkapipeline.kafka.sink.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.common.sink.AbstractSchema;
import com.datastax.oss.driver.api.core.type.DataTypes;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;

class StructAdapterTest {

    private static final Schema CITY = SchemaBuilder.struct()
            .name("City")
            .field("name", Schema.STRING_SCHEMA)
            .field("population", Schema.OPTIONAL_INT64_SCHEMA)
            .build();

    private static final Schema ALL_TYPES = SchemaBuilder.struct()
            .name("AllTypes")
            .field("i8", Schema.INT8_SCHEMA)
            .field("i16", Schema.INT16_SCHEMA)
            .field("i32", Schema.INT32_SCHEMA)
            .field("i64", Schema.INT64_SCHEMA)
            .field("f32", Schema.FLOAT32_SCHEMA)
            .field("f64", Schema.FLOAT64_SCHEMA)
            .field("flag", Schema.BOOLEAN_SCHEMA)
            .field("text", Schema.STRING_SCHEMA)
            .field("blob", Schema.BYTES_SCHEMA)
            .field("ints", SchemaBuilder.array(Schema.INT32_SCHEMA).build())
            .field(
                    "counts",
                    SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).build())
            .field("day", Date.SCHEMA)
            .field("clock", Time.SCHEMA)
            .field("at", Timestamp.SCHEMA)
            .field("amount", Decimal.schema(2))
            .field("city", CITY)
            .field("cities", SchemaBuilder.array(CITY).build())
            .field("missing", Schema.OPTIONAL_STRING_SCHEMA)
            .build();

    private static final Instant AT = Instant.parse("2021-10-07T04:35:32Z");

    private static Struct allTypes() {
        return new Struct(ALL_TYPES)
                .put("i8", (byte) 8)
                .put("i16", (short) 16)
                .put("i32", 32)
                .put("i64", 64L)
                .put("f32", 1.5f)
                .put("f64", 304.3)
                .put("flag", true)
                .put("text", "Hanoi")
                .put("blob", new byte[] {1, 2, 3})
                .put("ints", List.of(1, 2, 3))
                .put("counts", Map.of("a", 1))
                .put("day", java.util.Date.from(Instant.parse("2021-10-07T00:00:00Z")))
                .put("clock", new java.util.Date(((4 * 60 + 35) * 60 + 32) * 1000L + 123))
                .put("at", java.util.Date.from(AT))
                .put("amount", new BigDecimal("12.34"))
                .put("city", new Struct(CITY).put("name", "Hanoi").put("population", 8_000_000L))
                .put("cities", List.of(new Struct(CITY).put("name", "Hue")));
    }

    @Test
    void primitivesKeepTheirEngineType() {
        StructAdapter adapter = new StructAdapter(allTypes());

        assertThat(adapter.schema().type()).isEqualTo(AbstractSchema.Type.STRUCT);
        assertThat(adapter.schema().field("i8").schema().type()).isEqualTo(AbstractSchema.Type.INT8);
        assertThat(adapter.schema().field("f32").schema().type()).isEqualTo(AbstractSchema.Type.FLOAT32);
        assertThat(adapter.schema().field("ints").schema().type()).isEqualTo(AbstractSchema.Type.ARRAY);
        assertThat(adapter.schema().field("ints").schema().valueSchema().type()).isEqualTo(AbstractSchema.Type.INT32);
        assertThat(adapter.schema().field("counts").schema().keySchema().type()).isEqualTo(AbstractSchema.Type.STRING);
        assertThat(adapter.get("blob")).isEqualTo(ByteBuffer.wrap(new byte[] {1, 2, 3}));
    }

    @Test
    void everyTypeConvertsToItsColumnThroughTheEngine() {
        StructAdapter value = new StructAdapter(allTypes());

        assertThat(EngineConversion.toCql(value, "i8", DataTypes.TINYINT)).isEqualTo((byte) 8);
        assertThat(EngineConversion.toCql(value, "i16", DataTypes.SMALLINT)).isEqualTo((short) 16);
        assertThat(EngineConversion.toCql(value, "i32", DataTypes.INT)).isEqualTo(32);
        assertThat(EngineConversion.toCql(value, "i64", DataTypes.BIGINT)).isEqualTo(64L);
        assertThat(EngineConversion.toCql(value, "f32", DataTypes.FLOAT)).isEqualTo(1.5f);
        assertThat(EngineConversion.toCql(value, "f64", DataTypes.DOUBLE)).isEqualTo(304.3);
        assertThat(EngineConversion.toCql(value, "flag", DataTypes.BOOLEAN)).isEqualTo(true);
        assertThat(EngineConversion.toCql(value, "text", DataTypes.TEXT)).isEqualTo("Hanoi");
        assertThat(EngineConversion.toCql(value, "blob", DataTypes.BLOB))
                .isEqualTo(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        assertThat(EngineConversion.toCql(value, "ints", DataTypes.listOf(DataTypes.INT)))
                .isEqualTo(List.of(1, 2, 3));
        assertThat(EngineConversion.toCql(value, "counts", DataTypes.mapOf(DataTypes.TEXT, DataTypes.INT)))
                .isEqualTo(Map.of("a", 1));
    }

    @Test
    void logicalTypesLandAsTheirCassandraTypes() {
        StructAdapter value = new StructAdapter(allTypes());

        assertThat(value.get("day")).isEqualTo("2021-10-07");
        assertThat(value.get("clock")).isEqualTo("04:35:32.123");
        assertThat(value.get("at")).isEqualTo("2021-10-07T04:35:32Z");
        assertThat(value.get("amount")).isEqualTo("12.34");
        assertThat(EngineConversion.toCql(value, "day", DataTypes.DATE)).isEqualTo(LocalDate.of(2021, 10, 7));
        assertThat(EngineConversion.toCql(value, "clock", DataTypes.TIME))
                .isEqualTo(LocalTime.of(4, 35, 32, 123_000_000));
        assertThat(EngineConversion.toCql(value, "at", DataTypes.TIMESTAMP)).isEqualTo(AT);
        assertThat(EngineConversion.toCql(value, "amount", DataTypes.DECIMAL)).isEqualTo(new BigDecimal("12.34"));
        assertThat(EngineConversion.toCql(value, "amount", DataTypes.DOUBLE)).isEqualTo(12.34);
    }

    @Test
    void nestedStructsAreJsonOrReachableByPath() {
        StructAdapter value = new StructAdapter(allTypes());

        assertThat(value.schema().field("city").schema().type()).isEqualTo(AbstractSchema.Type.STRING);
        assertThat(EngineConversion.toCql(value, "city", DataTypes.TEXT))
                .isEqualTo("{\"name\":\"Hanoi\",\"population\":8000000}");
        assertThat(EngineConversion.toCql(value, "cities", DataTypes.TEXT))
                .isEqualTo("[{\"name\":\"Hue\",\"population\":null}]");
        assertThat(EngineConversion.fieldValue(value, "city.name")).isEqualTo("Hanoi");
        assertThat(EngineConversion.toCql(value, "city.population", DataTypes.BIGINT))
                .isEqualTo(8_000_000L);
    }

    @Test
    void nullsStayNull() {
        StructAdapter value = new StructAdapter(allTypes());

        assertThat(value.get("missing")).isNull();
        assertThat(EngineConversion.toCql(value, "missing", DataTypes.TEXT)).isNull();
        assertThat(value.get("no.such.path")).isNull();
        assertThat(value.schema().field("no.such.path")).isNull();
    }

    @Test
    void fieldsListNestedPathsForTheEngine() {
        assertThat(new StructAdapter(allTypes()).schema().fields())
                .extracting(f -> f.name())
                .contains("i8", "city", "city.name", "city.population", "missing");
    }
}
