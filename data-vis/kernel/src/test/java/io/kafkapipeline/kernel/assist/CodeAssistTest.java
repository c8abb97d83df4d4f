package io.kafkapipeline.kernel.assist;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.kernel.eval.CellEvaluator;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CodeAssistTest {

    private static CellEvaluator evaluator;
    private static CodeAssist assist;

    @BeforeAll
    static void start() {
        evaluator = CellEvaluator.start(Duration.ZERO);
        assist = new CodeAssist(evaluator.analysis(), Set.of("jars", "classpath", "timeout"));
    }

    @AfterAll
    static void stop() {
        evaluator.close();
    }

    @Test
    void completesInTheSnippetAtTheCursor() {
        String cell = "int n = 1;\n\"java\".toUpperC";
        CodeAssist.Completion c = assist.complete(cell, cell.length());
        assertThat(c.matches()).containsExactly("toUpperCase(");
        assertThat(cell.substring(c.start(), c.end())).isEqualTo("toUpperC");
    }

    @Test
    void completesMagicNames() {
        CodeAssist.Completion c = assist.complete("%cl", 3);
        assertThat(c.matches()).containsExactly("%classpath");
        assertThat(c.start()).isZero();
    }

    @Test
    void inspectionShowsSignatures() {
        assertThat(assist.inspect("Math.max(", 9)).get().asString().contains("int Math.max(int a, int b)");
        assertThat(assist.inspect("Math.max", 8)).get().asString().contains("double Math.max(double a, double b)");
        assertThat(assist.inspect("int x = 1;", 3)).isEmpty();
    }

    @Test
    void isCompleteTellsCompleteIncompleteAndInvalidApart() {
        assertThat(assist.isComplete("1 + 1")).isEqualTo(CodeAssist.IsComplete.COMPLETE);
        assertThat(assist.isComplete("int x = 1;\n%jars a/*.jar\nx")).isEqualTo(CodeAssist.IsComplete.COMPLETE);
        assertThat(assist.isComplete("for (int i = 0; i < 3; i++) {").status()).isEqualTo("incomplete");
        assertThat(assist.isComplete("  if (true) {").indent()).isEqualTo("      ");
        assertThat(assist.isComplete("String s = \"a\" +\n    \"b\" +").indent())
                .isEqualTo("    ");
        assertThat(assist.isComplete(")")).isEqualTo(CodeAssist.IsComplete.INVALID);
    }
}
