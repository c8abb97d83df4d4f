package io.kafkapipeline.common.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.cassandra.Table;
import io.kafkapipeline.common.json.Json;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
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
        for (TableRecord sample : List.of(
                ContractSamples.weather(),
                ContractSamples.person(),
                ContractSamples.launch(),
                ContractSamples.classified())) {
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
        assertThat(fieldNames(ContractSamples.weather().toJson())).isEqualTo(WeatherReport.TYPE.columns());
        assertThat(fieldNames(ContractSamples.person().toJson())).isEqualTo(FakerPerson.TYPE.columns());
        assertThat(fieldNames(ContractSamples.launch().toJson())).isEqualTo(SpacexLaunch.TYPE.columns());
        assertThat(fieldNames(ContractSamples.classified().toJson())).isEqualTo(ClassifiedPost.TYPE.columns());
    }

    /** The raw post has no table; each of its fields is a column of the table its classified form fills. */
    @Test
    void socialPostFieldsAreColumnsOfTwitterdataWithTheSameNullability() throws Exception {
        List<String> fields = fieldNames(ContractSamples.post().toJson());
        Table table = Schema.table(ClassifiedPost.TABLE);

        assertThat(table.columnNames()).containsAll(fields);
        assertThat(fields).containsAll(table.primaryKey());
        assertThat(TableRecord.columns(ClassifiedPost.class))
                .containsExactlyInAnyOrderElementsOf(concat(fields, List.of("classification", "score")));
        assertThat(ClassifiedPost.TYPE.nullableColumns()).containsExactlyInAnyOrder("lang", "url");
        assertThat(ClassifiedPost.of(ContractSamples.post(), ClassifiedPost.POSITIVE, 0.9)
                        .key())
                .isEqualTo(ContractSamples.post().key());
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

    /** Sample records shared by the contract tests. */
    static final class ContractSamples {
        static WeatherReport weather() {
            return new WeatherReport(
                    "Hanoi",
                    Instant.parse("2021-10-07T09:53:32Z"),
                    "overcast clouds",
                    34.0,
                    41.0,
                    34.0,
                    34.0,
                    1003,
                    64,
                    2.45,
                    Instant.parse("2021-10-06T22:49:14Z"),
                    Instant.parse("2021-10-07T10:39:32Z"));
        }

        static FakerPerson person() {
            return new FakerPerson(
                    "Ada Lovelace",
                    "12 Main St, Springfield",
                    1994,
                    "ada@example.com",
                    "555-0100 x12",
                    "Analytical Engines",
                    "Mathematician",
                    "London",
                    "United Kingdom",
                    LocalDate.of(1990, 12, 10));
        }

        static SpacexLaunch launch() {
            return new SpacexLaunch(
                    "62dd70d5202306255024d139",
                    "Crew-5",
                    Instant.parse("2022-10-03T16:00:00Z"),
                    "Falcon 9",
                    null,
                    "KSC LC 39A",
                    "Crew Dragon",
                    null);
        }

        static SocialPost post() {
            return new SocialPost(
                    "114870142396314555",
                    "Fitting #rstats models today, and it went well",
                    Instant.parse("2025-07-17T19:32:01.123Z"),
                    "mastodon.social#rstats",
                    "en",
                    "https://mastodon.social/@someone/114870142396314555",
                    "replay");
        }

        static ClassifiedPost classified() {
            return ClassifiedPost.of(post(), ClassifiedPost.POSITIVE, 0.87);
        }

        private ContractSamples() {}
    }
}
