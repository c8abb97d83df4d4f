package io.kafkapipeline.common.contract;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.kafkapipeline.common.json.Json;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A record whose JSON field names are the columns of one Cassandra table.
 *
 * <p>The record itself is the column list: each component is a column, named in snake_case
 * ({@code feelsLike} is {@code feels_like}) because every contract record is annotated
 * {@code @JsonNaming(SnakeCaseStrategy)}; a component marked {@link Nullable} is a column that may be null or absent,
 * every other one is required (and checked by the record's constructor). The CQL in {@code cassandra/schema/} gives
 * the types and the key; a test keeps both in line.
 */
public interface TableRecord {

    /** The Kafka record key: the table's primary key as a plain string. */
    String key();

    /** The JSON value sent to Kafka. */
    default String toJson() {
        return Json.write(this);
    }

    /**
     * The column values of this record in column order (its components), as Java values: {@code Instant} for a
     * timestamp, {@code LocalDate} for a date, boxed numbers, {@code null} for an absent nullable column. What the
     * driver binds to an {@code INSERT} of {@link #columns} without any conversion.
     */
    default List<Object> columnValues() {
        List<Object> values = new ArrayList<>();
        for (RecordComponent component : components(getClass())) {
            try {
                values.add(component.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + column(component) + " of " + this, e);
            }
        }
        return Collections.unmodifiableList(values);
    }

    /** The columns of a record type in component order: its JSON field names. */
    static List<String> columns(Class<? extends TableRecord> type) {
        return components(type).stream().map(TableRecord::column).toList();
    }

    /** The columns whose components are {@link Nullable}: they may be null or absent. */
    static Set<String> nullableColumns(Class<? extends TableRecord> type) {
        return components(type).stream()
                .filter(c -> c.getAnnotatedType().isAnnotationPresent(Nullable.class))
                .map(TableRecord::column)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static List<RecordComponent> components(Class<? extends TableRecord> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        return Arrays.asList(type.getRecordComponents());
    }

    private static String column(RecordComponent component) {
        return PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(component.getName());
    }
}
