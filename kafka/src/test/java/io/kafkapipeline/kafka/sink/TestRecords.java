package io.kafkapipeline.kafka.sink;

import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;

/** Schemaless weather records as the worker delivers them (string key, JSON map value). */
public final class TestRecords {

    private TestRecords() {}

    public static SinkRecord weather(long offset) {
        Map<String, Object> value = Map.of("location", "city-" + offset, "forecastdate", "2021-10-07T04:35:32Z");
        return new SinkRecord("weather", 0, Schema.STRING_SCHEMA, "city-" + offset, null, value, offset);
    }
}
