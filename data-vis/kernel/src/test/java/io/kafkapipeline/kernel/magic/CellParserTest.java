package io.kafkapipeline.kernel.magic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellParserTest {

    @Test
    void magicLinesSplitTheCellAndKeepTheirLineNumbers() {
        List<CellPart> parts =
                CellParser.parse("%jars ../target/lib/*.jar\nint x = 1;\nint y = x % 2;\n  %timeout 5\nx");
        assertThat(parts)
                .containsExactly(
                        new CellPart.Magic("jars", List.of("../target/lib/*.jar"), 1),
                        new CellPart.Code("int x = 1;\nint y = x % 2;\n", 2),
                        new CellPart.Magic("timeout", List.of("5"), 4),
                        new CellPart.Code("x", 5));
    }

    @Test
    void aPercentSignThatStartsNoNameIsJava() {
        assertThat(CellParser.parse("int r = 10\n    % 3;"))
                .containsExactly(new CellPart.Code("int r = 10\n    % 3;", 1));
        assertThat(CellParser.isMagic("%3")).isFalse();
    }

    @Test
    void doubleQuotesGroupAnArgumentWithBlanks() {
        assertThat(CellParser.splitArgs(" a \"b c\"  d \"\"")).containsExactly("a", "b c", "d", "");
    }

    @Test
    void blankedMagicsKeepEveryOffset() {
        String cell = "%jars x\nint a;";
        assertThat(CellParser.blankMagics(cell)).isEqualTo("       \nint a;").hasSameSizeAs(cell);
    }
}
