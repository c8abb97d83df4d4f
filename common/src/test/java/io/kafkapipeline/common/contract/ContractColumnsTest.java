package io.kafkapipeline.common.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.cassandra.Table;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.testing.Samples;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every record contract against the one schema (cassandra/schema/*.cql through the cassandra module's model): the
 * record's components are its table's columns, in order; what it writes are those fields; its nullable columns are
 * no key columns; and its constructor refuses null in every other column.
 */
class ContractColumnsTest {

    @Test
    void everyTableOfTheSchemaHasOneRecordContract() {
        assertThat(RecordTypes.ALL).extracting(RecordType::table).containsExactlyElementsOf(Schema.tableNames());
    }

    @Test
    void recordComponentsAreTheTableColumnsInOrder() {
        for (RecordType<?> type : RecordTypes.ALL) {
            assertThat(type.columns())
                    .as(type.toString())
                    .isEqualTo(Schema.table(type.table()).columnNames());
        }
    }

    @Test
    void nullableColumnsAreNeverKeyColumns() {
        for (RecordType<?> type : RecordTypes.ALL) {
            Table table = Schema.table(type.table());
            assertThat(type.nullableColumns()).as(type.toString()).noneMatch(table::isPrimaryKey);
        }
        assertThat(SpacexLaunch.TYPE.nullableColumns()).contains("launch_success", "payload_mass_kg");
        assertThat(WeatherReport.TYPE.nullableColumns()).isEmpty();
    }

    @Test
    void constructorsRefuseNullInEveryRequiredColumn() throws Exception {
        for (TableRecord sample :
                List.of(Samples.WEATHER, Samples.FAKER, Samples.SPACEX_UPCOMING, Samples.CLASSIFIED)) {
            Class<?> type = sample.getClass();
            Set<String> nullable = TableRecord.nullableColumns(sample.getClass().asSubclass(TableRecord.class));
            RecordComponent[] components = type.getRecordComponents();
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            for (int i = 0; i < components.length; i++) {
                String column = TableRecord.columns(sample.getClass().asSubclass(TableRecord.class))
                        .get(i);
                if (components[i].getType().isPrimitive() || nullable.contains(column)) {
                    continue;
                }
                Object[] args = new Object[components.length];
                for (int j = 0; j < components.length; j++) {
                    args[j] = components[j].getAccessor().invoke(sample);
                }
                args[i] = null;
                assertThatThrownBy(() -> construct(constructor, args))
                        .as(type.getSimpleName() + "." + column)
                        .isInstanceOf(NullPointerException.class)
                        .hasMessage(column);
            }
        }
    }

    @Test
    void serializedFieldNamesAreTheColumnsInOrder() throws Exception {
        assertThat(fieldNames(Samples.WEATHER.toJson())).isEqualTo(WeatherReport.TYPE.columns());
        assertThat(fieldNames(Samples.FAKER.toJson())).isEqualTo(FakerPerson.TYPE.columns());
        assertThat(fieldNames(Samples.SPACEX.toJson())).isEqualTo(SpacexLaunch.TYPE.columns());
        assertThat(fieldNames(Samples.CLASSIFIED.toJson())).isEqualTo(ClassifiedPost.TYPE.columns());
    }

    @Test
    void columnValuesAreWhatTheRecordWritesForEachColumn() {
        for (TableRecord sample :
                List.of(Samples.WEATHER, Samples.FAKER, Samples.SPACEX_UPCOMING, Samples.CLASSIFIED)) {
            List<String> columns = TableRecord.columns(sample.getClass());
            List<Object> values = sample.columnValues();
            JsonNode json = Json.mapper().valueToTree(sample);
            assertThat(values).as(sample.toString()).hasSameSizeAs(columns);
            for (int i = 0; i < columns.size(); i++) {
                assertThat((JsonNode) Json.mapper().valueToTree(values.get(i)))
                        .as(columns.get(i))
                        .isEqualTo(json.get(columns.get(i)));
            }
        }
        assertThat(Samples.SPACEX_UPCOMING.columnValues())
                .startsWith(Samples.SPACEX_UPCOMING.launchId())
                .containsNull();
        assertThat(Samples.FAKER.columnValues()).contains(Samples.FAKER.dateOfBirth());
    }

    /** The raw post has no table; each of its fields is a column of the table its classified form fills. */
    @Test
    void socialPostFieldsAreColumnsOfTwitterdataWithTheSameNullability() throws Exception {
        List<String> fields = fieldNames(Samples.SOCIAL_POST.toJson());
        Table table = Schema.table(ClassifiedPost.TABLE);

        assertThat(table.columnNames()).containsAll(fields);
        assertThat(fields).containsAll(table.primaryKey());
        assertThat(TableRecord.columns(ClassifiedPost.class))
                .containsExactlyInAnyOrderElementsOf(concat(fields, List.of("classification", "score")));
        assertThat(ClassifiedPost.TYPE.nullableColumns()).containsExactlyInAnyOrder("lang", "url");
        assertThat(ClassifiedPost.of(Samples.SOCIAL_POST, ClassifiedPost.POSITIVE, 0.9)
                        .key())
                .isEqualTo(Samples.SOCIAL_POST.key());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Object construct(Constructor<?> constructor, Object[] args) throws Throwable {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static List<String> fieldNames(String json) throws Exception {
        JsonNode node = Json.readTree(json);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
