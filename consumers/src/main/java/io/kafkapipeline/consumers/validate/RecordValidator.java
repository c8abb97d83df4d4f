package io.kafkapipeline.consumers.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.consumers.contract.Column;
import io.kafkapipeline.consumers.contract.TableContract;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates record values against one {@link TableContract}, driven by its column list: the value must be a JSON
 * object; every required column (at least the key) present and not null; every present value of its column's type;
 * no column the table does not have. What passes is then read by the contract's own strict parser, so the typed
 * record handed on is exactly what the producers' contract accepts. All problems of a record go in one line.
 */
public final class RecordValidator<T extends TableRecord> {

    private static final int MAX_REASON = 300;
    /** Rejects trailing garbage and duplicate fields, which a table row cannot represent. */
    private static final ObjectReader READER = Json.mapper()
            .reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private final TableContract<T> contract;
    private final Map<String, Column> columns;

    public RecordValidator(TableContract<T> contract) {
        this.contract = contract;
        this.columns = contract.columnsByName();
    }

    public TableContract<T> contract() {
        return contract;
    }

    public Verdict<T> validate(String value) {
        if (value == null) {
            return invalid("no value (tombstone)");
        }
        if (value.isBlank()) {
            return invalid("not JSON: empty value");
        }
        JsonNode tree;
        try {
            tree = READER.readTree(value);
        } catch (JsonProcessingException e) {
            return invalid("not JSON: " + e.getOriginalMessage());
        }
        if (!tree.isObject()) {
            return invalid("not a JSON object (found " + ValueCheck.describe(tree) + ")");
        }
        List<String> problems = new ArrayList<>();
        for (Column column : columns.values()) {
            check(column, tree.get(column.name()), problems);
        }
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!columns.containsKey(name)) {
                problems.add("unknown column '" + name + "'");
            }
        }
        if (!problems.isEmpty()) {
            return invalid(String.join("; ", problems));
        }
        try {
            return new Verdict.Valid<>(contract.parse(Json.write(withNullsForAbsent((ObjectNode) tree))));
        } catch (MalformedDataException e) {
            return invalid("rejected by the " + contract.name() + " contract: " + e.getMessage());
        }
    }

    private static void check(Column column, JsonNode value, List<String> problems) {
        if (value == null || value.isMissingNode()) {
            if (column.required()) {
                problems.add("missing required column '" + column.name() + "'");
            }
        } else if (value.isNull()) {
            if (column.required()) {
                problems.add("null in required column '" + column.name() + "'");
            }
        } else {
            ValueCheck.problem(column.type(), value)
                    .ifPresent(p -> problems.add("column '" + column.name() + "': " + p));
        }
    }

    /** The contract parser wants every column; an absent nullable column means null (as in the table). */
    private ObjectNode withNullsForAbsent(ObjectNode tree) {
        ObjectNode copy = tree.deepCopy();
        for (String name : columns.keySet()) {
            if (!copy.has(name)) {
                copy.putNull(name);
            }
        }
        return copy;
    }

    private Verdict<T> invalid(String reason) {
        String oneLine = reason.replaceAll("\\s+", " ").strip();
        return new Verdict.Invalid<>(oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON) + "…");
    }
}
