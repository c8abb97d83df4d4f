package io.kafkapipeline.kafka.sink.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.common.sink.AbstractSchema;
import com.datastax.oss.common.sink.AbstractSinkRecordHeader;
import com.datastax.oss.driver.api.core.type.DataTypes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class SinkRecordAdapterTest {

    private static SinkRecord schemaless(Object key, Object value) {
        return new SinkRecord(
                "weather",
                0,
                Schema.OPTIONAL_STRING_SCHEMA,
                key,
                null,
                value,
                42L,
                1_000L,
                org.apache.kafka.common.record.TimestampType.CREATE_TIME);
    }

    private static Map<String, Object> weatherJson() {
        Map<String, Object> value = new HashMap<>();
        value.put("location", "Hanoi");
        value.put("forecastdate", "2021-10-07T04:35:32Z");
        value.put("temp", 304.3);
        value.put("pressure", 1012);
        value.put("humidity", "79");
        value.put("description", null);
        value.put("date_of_birth", "1990-05-17");
        value.put("launch_success", true);
        return value;
    }

    @Test
    void schemalessJsonMapsConvertThroughTheEngine() {
        SinkRecordAdapter record = new SinkRecordAdapter(schemaless("Hanoi", weatherJson()));

        Object value = record.value();
        assertThat(EngineConversion.toCql(value, "location", DataTypes.TEXT)).isEqualTo("Hanoi");
        assertThat(EngineConversion.toCql(value, "forecastdate", DataTypes.TIMESTAMP))
                .isEqualTo(Instant.parse("2021-10-07T04:35:32Z"));
        assertThat(EngineConversion.toCql(value, "temp", DataTypes.DOUBLE)).isEqualTo(304.3);
        assertThat(EngineConversion.toCql(value, "pressure", DataTypes.INT)).isEqualTo(1012);
        assertThat(EngineConversion.toCql(value, "humidity", DataTypes.INT)).isEqualTo(79);
        assertThat(EngineConversion.toCql(value, "description", DataTypes.TEXT)).isNull();
        assertThat(EngineConversion.toCql(value, "date_of_birth", DataTypes.DATE))
                .isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(EngineConversion.toCql(value, "launch_success", DataTypes.BOOLEAN))
                .isEqualTo(true);
    }

    @Test
    void plainStringKeyIsTheWholeKey() {
        SinkRecordAdapter record = new SinkRecordAdapter(schemaless("Ho Chi Minh City", weatherJson()));

        assertThat(EngineConversion.toCql(record.key(), "__self", DataTypes.TEXT))
                .isEqualTo("Ho Chi Minh City");
    }

    @Test
    void structsInsideSchemalessMapsBecomeJsonObjects() {
        Schema city = SchemaBuilder.struct().field("name", Schema.STRING_SCHEMA).build();
        Map<String, Object> value = new HashMap<>(Map.of("location", new Struct(city).put("name", "Hue")));
        value.put("seen", java.util.Date.from(Instant.parse("2021-10-07T04:35:32Z")));
        value.put("list", new ArrayList<>(List.of(1, 2)));

        Object adapted = new SinkRecordAdapter(schemaless("k", value)).value();

        assertThat(EngineConversion.toCql(adapted, "location", DataTypes.TEXT)).isEqualTo("{\"name\":\"Hue\"}");
        assertThat(EngineConversion.toCql(adapted, "seen", DataTypes.TIMESTAMP))
                .isEqualTo(Instant.parse("2021-10-07T04:35:32Z"));
        assertThat(EngineConversion.toCql(adapted, "list", DataTypes.listOf(DataTypes.INT)))
                .isEqualTo(List.of(1, 2));
    }

    @Test
    void nullValueIsATombstone() {
        SinkRecordAdapter record = new SinkRecordAdapter(schemaless("Hanoi", null));

        assertThat(record.value()).isNull();
        assertThat(record.key()).isEqualTo("Hanoi");
    }

    @Test
    void structValueIsAStruct() {
        Schema schema =
                SchemaBuilder.struct().field("location", Schema.STRING_SCHEMA).build();
        SinkRecord record =
                new SinkRecord("weather", 0, null, null, schema, new Struct(schema).put("location", "Hue"), 1L);

        Object value = new SinkRecordAdapter(record).value();

        assertThat(value).isInstanceOf(StructAdapter.class);
        assertThat(EngineConversion.toCql(value, "location", DataTypes.TEXT)).isEqualTo("Hue");
    }

    @Test
    void topLevelLogicalValueIsText() {
        SinkRecord record = new SinkRecord(
                "t", 0, Timestamp.SCHEMA, java.util.Date.from(Instant.parse("2021-10-07T04:35:32Z")), null, null, 1L);

        assertThat(new SinkRecordAdapter(record).key()).isEqualTo("2021-10-07T04:35:32Z");
    }

    @Test
    void headersKeepOrInferTheirSchema() {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString("source", "owm");
        headers.add("attempt", 3, null);
        headers.add("at", java.util.Date.from(Instant.parse("2021-10-07T04:35:32Z")), Timestamp.SCHEMA);
        SinkRecord record = new SinkRecord(
                "t",
                0,
                null,
                "k",
                null,
                null,
                1L,
                1L,
                org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                headers);

        List<AbstractSinkRecordHeader> adapted = new ArrayList<>();
        new SinkRecordAdapter(record).headers().forEach(adapted::add);

        assertThat(adapted).extracting(AbstractSinkRecordHeader::key).containsExactly("source", "attempt", "at");
        assertThat(adapted.get(0).value()).isEqualTo("owm");
        assertThat(adapted.get(1).schema().type()).isEqualTo(AbstractSchema.Type.INT32);
        assertThat(adapted.get(2).value()).isEqualTo("2021-10-07T04:35:32Z");
        assertThat(adapted.get(2).schema().type()).isEqualTo(AbstractSchema.Type.STRING);
    }

    @Test
    void keepsTheOriginalForTheDeadLetterQueue() {
        SinkRecord original = schemaless("k", weatherJson());

        SinkRecordAdapter adapter = new SinkRecordAdapter(original);

        assertThat(adapter.original()).isSameAs(original);
        assertThat(adapter.topic()).isEqualTo("weather");
        assertThat(adapter.timestamp()).isEqualTo(1_000L);
    }
}
