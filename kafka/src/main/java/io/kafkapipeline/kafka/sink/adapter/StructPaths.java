package io.kafkapipeline.kafka.sink.adapter;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Dotted paths into nested structs, so a mapping can say {@code col=value.location.city}. A field name that itself
 * contains dots wins over a path.
 */
final class StructPaths {

    private StructPaths() {}

    /** The schema of the field at {@code path}, or null if there is none. */
    static Schema schemaAt(Schema struct, String path) {
        Field field = struct.field(path);
        if (field != null) {
            return field.schema();
        }
        for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
            Field head = struct.field(path.substring(0, dot));
            if (head != null && head.schema().type() == Schema.Type.STRUCT) {
                Schema found = schemaAt(head.schema(), path.substring(dot + 1));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The value at {@code path}; null if a struct on the way is null or the path does not exist. */
    static Object valueAt(Struct struct, String path) {
        Field field = struct.schema().field(path);
        if (field != null) {
            return struct.get(field);
        }
        for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
            Field head = struct.schema().field(path.substring(0, dot));
            if (head != null && head.schema().type() == Schema.Type.STRUCT) {
                String rest = path.substring(dot + 1);
                if (schemaAt(head.schema(), rest) != null) {
                    Struct nested = (Struct) struct.get(head);
                    return nested == null ? null : valueAt(nested, rest);
                }
            }
        }
        return null;
    }

    /** Every field name, plus the dotted path of every field inside a nested struct. */
    static List<String> allPaths(Schema struct) {
        List<String> paths = new ArrayList<>();
        for (Field field : struct.fields()) {
            paths.add(field.name());
            if (field.schema().type() == Schema.Type.STRUCT) {
                allPaths(field.schema()).forEach(nested -> paths.add(field.name() + "." + nested));
            }
        }
        return paths;
    }
}
