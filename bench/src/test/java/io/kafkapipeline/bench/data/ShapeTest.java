package io.kafkapipeline.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.bench.stack.BenchStack;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.stack.PipelineHome;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShapeTest {

    @ParameterizedTest
    @EnumSource(Shape.class)
    void recordsCarryAValuePerColumnAndTheirKeyInKeyOrder(Shape shape) {
        List<BenchRecord> records = shape.generate(50, 7);

        assertThat(records).hasSize(50).doesNotHaveDuplicates();
        assertThat(records.stream().map(BenchRecord::key).distinct()).hasSize(50);
        for (BenchRecord r : records) {
            assertThat(r.values()).hasSameSizeAs(shape.columns());
            assertThat(Arrays.stream(shape.keyOf(r)).map(String::valueOf).toList())
                    .as("the Kafka key is the primary key values joined by |")
                    .isEqualTo(List.of(r.key().split("\\|")));
        }
        assertThat(shape.generate(50, 7)).isEqualTo(records);
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void statementsNameTheTableAndItsColumnsFromTheSchema(Shape shape) {
        String table = shape.table();
        assertThat(table).startsWith(Schema.KEYSPACE + ".");
        assertThat(shape.columns()).isEqualTo(Schema.table(shape.label()).columnNames());
        assertThat(shape.insertCql())
                .isEqualTo("INSERT INTO " + table + " (" + String.join(", ", shape.columns()) + ") VALUES ("
                        + "?, ".repeat(shape.columns().size() - 1) + "?)");
        assertThat(shape.selectByKeyCql()).endsWith(" = ?").contains(" FROM " + table + " WHERE ");
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void aConnectorOfThePipelineWritesEveryShape(Shape shape) {
        assertThat(BenchStack.connectorWriting(
                                PipelineHome.find().resolve("kafka").resolve("connect"), shape.table())
                        .config())
                .containsKey("topic." + shape.topic() + "." + shape.table() + ".mapping");
    }

    @Test
    void weatherRowsShareTwentyPartitions() {
        assertThat(Shape.WEATHER.generate(100, 1).stream()
                        .map(r -> Shape.WEATHER.keyOf(r)[0])
                        .distinct())
                .hasSize(Shape.CITIES);
    }
}
