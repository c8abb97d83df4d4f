package io.kafkapipeline.consumers.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.kafkapipeline.cassandra.CqlType;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.cassandra.Table;
import io.kafkapipeline.common.contract.RecordType;
import io.kafkapipeline.common.contract.RecordTypes;
import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.testing.Samples;
import io.kafkapipeline.consumers.validate.RecordValidator;
import io.kafkapipeline.consumers.validate.Verdict;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractsTest {

    /** A record contract of two columns for the construction checks; {@code b} may be null. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Pair(String a, @Nullable String b) implements TableRecord {
        @Override
        public String key() {
            return a;
        }
    }

    private static final RecordType<Pair> PAIR = new RecordType<>("pair", "pairs", Pair.class);

    static Stream<Arguments> contractsWithSamples() {
        return Stream.of(
                Arguments.of(Contracts.WEATHER, Samples.WEATHER),
                Arguments.of(Contracts.FAKER, Samples.FAKER),
                Arguments.of(Contracts.SPACEX, Samples.SPACEX));
    }

    @Test
    void namesAreTheTopics() {
        List<String> topics = RecordTypes.ALL.stream().map(RecordType::topic).toList();
        assertThat(Contracts.ALL).extracting(TableContract::name).containsExactlyElementsOf(topics);
        assertThat(topics).startsWith("weather", "faker", "spacex");
        assertThat(Contracts.byName("Weather")).containsSame(Contracts.WEATHER);
        assertThat(Contracts.byName("weatherreport")).isEmpty();
        assertThat(Contracts.names()).isEqualTo(String.join("|", topics)).startsWith("weather|faker|spacex");
    }

    @Test
    void everyRecordContractHasOneTableContractTypedByTheSchema() {
        assertThat(Contracts.ALL.stream().map(TableContract::recordType).toList())
                .isEqualTo(RecordTypes.ALL);
        for (TableContract<?> contract : Contracts.ALL) {
            Table table = Schema.table(contract.table());
            assertThat(contract.columns())
                    .as(contract.name())
                    .extracting(Column::name)
                    .containsExactlyElementsOf(contract.recordType().columns());
            assertThat(contract.columns())
                    .allSatisfy(c -> assertThat(c.type())
                            .isEqualTo(table.column(c.name()).orElseThrow().type()));
            assertThat(contract.primaryKey()).isEqualTo(table.primaryKey());
        }
        assertThat(Contracts.WEATHER.columnsByName().get("forecastdate").type()).isEqualTo(CqlType.TIMESTAMP);
    }

    @Test
    void keyColumnsAreRequired() {
        for (TableContract<?> contract : Contracts.ALL) {
            Map<String, Column> columns = contract.columnsByName();
            assertThat(contract.primaryKey())
                    .allSatisfy(k -> assertThat(columns.get(k).required()).isTrue());
        }
    }

    /** A null in a column is accepted by this contract exactly when the record class of common accepts it. */
    @ParameterizedTest
    @MethodSource("contractsWithSamples")
    <T extends TableRecord> void nullableColumnsMatchTheRecordClass(TableContract<T> contract, T sample) {
        RecordValidator<T> validator = new RecordValidator<>(contract);
        for (Column column : contract.columns()) {
            String json = Samples.edited(sample, t -> t.putNull(column.name()));
            boolean classAccepts;
            try {
                contract.parse(json);
                classAccepts = true;
            } catch (MalformedDataException e) {
                classAccepts = false;
            }
            assertThat(validator.validate(json) instanceof Verdict.Valid)
                    .as(contract + "." + column.name())
                    .isEqualTo(classAccepts)
                    .isEqualTo(!column.required());
        }
    }

    @Test
    void recordColumnsMustBeTheTableColumns() {
        Table onlyA = new Table("ks", "pairs", List.of(column("a")), List.of("a"), List.of());
        assertThatThrownBy(() -> new TableContract<>(PAIR, onlyA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Columns of pair [a, b] do not match the columns of table ks.pairs [a]");
    }

    @Test
    void keyColumnCannotBeNullable() {
        Table keyedByB = new Table("ks", "pairs", List.of(column("a"), column("b")), List.of("b"), List.of());
        assertThatThrownBy(() -> new TableContract<>(PAIR, keyedByB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Key column b of pair cannot be nullable");
    }

    private static io.kafkapipeline.cassandra.Column column(String name) {
        return new io.kafkapipeline.cassandra.Column(name, CqlType.TEXT);
    }
}
