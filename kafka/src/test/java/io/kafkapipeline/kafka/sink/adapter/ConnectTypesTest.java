package io.kafkapipeline.kafka.sink.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.common.sink.AbstractSchema.Type;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;

class ConnectTypesTest {

    private static final Schema STRUCT =
            SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();

    @Test
    void primitivesMapOneToOne() {
        for (Schema.Type type : Schema.Type.values()) {
            if (type.isPrimitive()) {
                Schema schema = SchemaBuilder.type(type).build();
                assertThat(ConnectTypes.engineType(schema, false)).isEqualTo(Type.valueOf(type.name()));
            }
        }
    }

    @Test
    void logicalTypesAreText() {
        assertThat(ConnectTypes.engineType(Date.SCHEMA, false)).isEqualTo(Type.STRING);
        assertThat(ConnectTypes.engineType(Time.SCHEMA, false)).isEqualTo(Type.STRING);
        assertThat(ConnectTypes.engineType(Timestamp.SCHEMA, false)).isEqualTo(Type.STRING);
        assertThat(ConnectTypes.engineType(Decimal.schema(3), false)).isEqualTo(Type.STRING);
    }

    @Test
    void structIsAStructOnlyAsAWholeRecord() {
        assertThat(ConnectTypes.engineType(STRUCT, true)).isEqualTo(Type.STRUCT);
        assertThat(ConnectTypes.engineType(STRUCT, false)).isEqualTo(Type.STRING);
    }

    @Test
    void collectionsOfPlainValuesStayCollections() {
        assertThat(ConnectTypes.engineType(
                        SchemaBuilder.array(Schema.STRING_SCHEMA).build(), false))
                .isEqualTo(Type.ARRAY);
        assertThat(ConnectTypes.engineType(
                        SchemaBuilder.map(
                                        Schema.STRING_SCHEMA,
                                        SchemaBuilder.array(Schema.INT64_SCHEMA).build())
                                .build(),
                        false))
                .isEqualTo(Type.MAP);
    }

    @Test
    void collectionsOfStructsOrLogicalValuesAreJsonText() {
        assertThat(ConnectTypes.engineType(SchemaBuilder.array(STRUCT).build(), false))
                .isEqualTo(Type.STRING);
        assertThat(ConnectTypes.engineType(
                        SchemaBuilder.map(Schema.STRING_SCHEMA, Timestamp.SCHEMA)
                                .build(),
                        false))
                .isEqualTo(Type.STRING);
    }
}
