package io.kafkapipeline.stack.cql;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.cql.StatementBuffer.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementBufferTest {

    private static List<Statement> feed(String... lines) {
        StatementBuffer buffer = new StatementBuffer();
        List<Statement> all = new ArrayList<>();
        for (String line : lines) {
            all.addAll(buffer.add(line));
        }
        Statement rest = buffer.rest();
        if (rest != null) {
            all.add(rest);
        }
        return all;
    }

    @Test
    void aStatementEndsAtItsSemicolonAndRemembersTheLineItStartedOn() {
        assertThat(feed("", "SELECT location", "  FROM weatherreport", "  LIMIT 2;", "SELECT 1; SELECT 2;"))
                .containsExactly(
                        new Statement("SELECT location\n  FROM weatherreport\n  LIMIT 2", 2),
                        new Statement("SELECT 1", 5),
                        new Statement("SELECT 2", 5));
    }

    @Test
    void semicolonsInStringsAndCommentsDoNotEndAStatement() {
        assertThat(feed(
                        "INSERT INTO t (k, v) VALUES ('a;b', \"c;d\"); -- a comment; not a statement",
                        "/* a block;",
                        "   comment */ SELECT $$x;y$$ FROM t;",
                        "// SELECT 3;"))
                .containsExactly(
                        new Statement("INSERT INTO t (k, v) VALUES ('a;b', \"c;d\")", 1),
                        new Statement("SELECT $$x;y$$ FROM t", 3));
    }

    @Test
    void shellCommandsEndAtTheEndOfTheirLineWithOrWithoutSemicolon() {
        assertThat(feed("describe tables", "EXPAND ON;", "USE kafkapipeline", "SELECT", "  1;"))
                .extracting(Statement::text)
                .containsExactly("describe tables", "EXPAND ON", "USE kafkapipeline", "SELECT\n  1");
    }

    @Test
    void aMissingFinalSemicolonIsStillAStatementAtTheEnd() {
        StatementBuffer buffer = new StatementBuffer();
        assertThat(buffer.add("SELECT * FROM weatherreport")).isEmpty();
        assertThat(buffer.isBlank()).isFalse();
        assertThat(buffer.rest()).isEqualTo(new Statement("SELECT * FROM weatherreport", 1));
        assertThat(buffer.isBlank()).isTrue();
    }
}
