package io.kafkapipeline.consumers.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.consumers.testing.Samples;
import io.kafkapipeline.consumers.validate.RecordValidator;
import io.kafkapipeline.consumers.validate.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractsTest {

    static Stream<Arguments> contractsWithSamples() {
        return Stream.of(
                Arguments.of(Contracts.WEATHER, Samples.WEATHER),
                Arguments.of(Contracts.FAKER, Samples.FAKER),
                Arguments.of(Contracts.SPACEX, Samples.SPACEX));
    }

    @Test
    void namesAreTheTopics() {
        assertThat(Contracts.ALL).extracting(TableContract::name).containsExactly("weather", "faker", "spacex");
        assertThat(Contracts.byName("Weather")).containsSame(Contracts.WEATHER);
        assertThat(Contracts.byName("weatherreport")).isEmpty();
        assertThat(Contracts.names()).isEqualTo("weather|faker|spacex");
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
    void typesMustCoverExactlyTheContractColumns() {
        assertThatThrownBy(() -> new TableContract<>(
                        "x",
                        "t",
                        List.of("a", "b"),
                        List.of("a"),
                        Map.of("a", ColumnType.TEXT),
                        Set.of(),
                        json -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not match");
    }

    @Test
    void keyColumnCannotBeNullable() {
        assertThatThrownBy(() -> new TableContract<>(
                        "x", "t", List.of("a"), List.of("a"), Map.of("a", ColumnType.TEXT), Set.of("a"), json -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be nullable");
    }
}
