package io.kafkapipeline.consumers.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void instantDropsZeroSecondsAndFractions() {
        assertThat(Text.instant(Instant.parse("2026-11-28T04:00:00Z"))).isEqualTo("2026-11-28T04:00Z");
        assertThat(Text.instant(Instant.parse("2026-11-28T04:00:05.250Z"))).isEqualTo("2026-11-28T04:00:05Z");
        assertThat(Text.instant(null)).isEqualTo("?");
    }

    @Test
    void wordIsBareOnlyWhenPlain() {
        assertThat(Text.word("Hanoi")).isEqualTo("Hanoi");
        assertThat(Text.word("New York")).isEqualTo("\"New York\"");
        assertThat(Text.word("")).isEqualTo("\"\"");
        assertThat(Text.word("a\"b")).isEqualTo("\"a\\\"b\"");
    }

    @Test
    void numbersInShortestForm() {
        assertThat(Text.number(20.0)).isEqualTo("20");
        assertThat(Text.number(1350.50)).isEqualTo("1350.5");
        assertThat(Text.number(null)).isEqualTo("?");
        assertThat(Text.oneDecimal(24.05)).isEqualTo("24.1");
    }
}
