package io.kafkapipeline.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void filesListMatchesTheSchemaFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("schema"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".cql"))
                    .sorted()
                    .toList();
            assertThat(Schema.FILES).containsExactlyElementsOf(onDisk);
        }
    }

    @Test
    void statementsCreateTheKeyspaceFirstThenEveryTable() {
        List<String> statements = Schema.statements();

        assertThat(statements).hasSize(1 + Schema.TABLES.size());
        assertThat(statements.get(0)).startsWith("CREATE KEYSPACE IF NOT EXISTS kafkapipeline");
        for (int i = 0; i < Schema.TABLES.size(); i++) {
            assertThat(statements.get(i + 1))
                    .startsWith("CREATE TABLE IF NOT EXISTS kafkapipeline." + Schema.TABLES.get(i) + " (")
                    .doesNotContain("--")
                    .doesNotContain(";");
        }
    }

    @Test
    void splitKeepsSemicolonsAndDashesInsideStringLiterals() {
        List<String> statements = Schema.split("""
                -- a comment; with a semicolon
                INSERT INTO t (a) VALUES ('x;y -- not a comment'); // trailing comment
                SELECT * FROM t
                """);

        assertThat(statements).containsExactly("INSERT INTO t (a) VALUES ('x;y -- not a comment')", "SELECT * FROM t");
    }
}
