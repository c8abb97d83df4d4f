package io.kafkapipeline.console.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aLongValueIsCutWithAMarkerSayingHowMuchIsLeftOut() {
        String value = "x".repeat(10_500);
        String shown = Text.cut(value, 4_000);
        assertThat(shown).startsWith("x".repeat(4_000)).endsWith("… [cut: 6,500 more characters of 10,500]");
        assertThat(Text.cut("short", 4_000)).isEqualTo("short");
        assertThat(Text.cut(null, 10)).isNull();
    }

    @Test
    void jsonIsIndentedAndAnythingElseLeftAsItIs() {
        assertThat(Text.pretty("{\"a\":1,\"b\":[1,2]}")).contains("\n").contains("\"a\" : 1");
        assertThat(Text.pretty("{not json")).isEqualTo("{not json");
        assertThat(Text.pretty("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void sizesAndDurationsReadLikeAPersonWritesThem() {
        assertThat(Text.bytes(512)).isEqualTo("512 B");
        assertThat(Text.bytes(1536)).isEqualTo("1.5 KB");
        assertThat(Text.bytes(-1)).isEqualTo("?");
        assertThat(Text.duration(3_725)).isEqualTo("1:02:05");
        assertThat(Text.number(1_234_567)).isEqualTo("1,234,567");
    }
}
