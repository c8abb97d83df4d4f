package io.kafkapipeline.common.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Just enough CQL parsing to read the column names and primary keys of 002-tables.cql. */
final class CqlTables {
    record Table(List<String> columns, List<String> primaryKey) {}

    private static final Pattern CREATE = Pattern.compile(
            "CREATE TABLE (?:IF NOT EXISTS )?(?:\\w+\\.)?(\\w+)\\s*\\((.*?)\\)\\s*(?:WITH[^;]*)?;",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private CqlTables() {}

    static Map<String, Table> read(Path file) throws IOException {
        String cql = Files.readAllLines(file).stream()
                .map(line -> line.contains("--") ? line.substring(0, line.indexOf("--")) : line)
                .collect(Collectors.joining("\n"));
        Map<String, Table> tables = new LinkedHashMap<>();
        Matcher m = CREATE.matcher(cql);
        while (m.find()) {
            tables.put(m.group(1), parseBody(m.group(2)));
        }
        return tables;
    }

    private static Table parseBody(String body) {
        List<String> columns = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        for (String raw : body.split("\n")) {
            String line = raw.strip().replaceAll(",$", "");
            if (line.isEmpty()) {
                continue;
            }
            if (line.toUpperCase().startsWith("PRIMARY KEY")) {
                String inner = line.substring(line.indexOf('(')).replaceAll("[()]", "");
                Arrays.stream(inner.split(",")).map(String::strip).forEach(primaryKey::add);
                continue;
            }
            String name = line.split("\\s+")[0];
            columns.add(name);
            if (line.toUpperCase().contains("PRIMARY KEY")) {
                primaryKey.add(name);
            }
        }
        return new Table(columns, primaryKey);
    }
}
