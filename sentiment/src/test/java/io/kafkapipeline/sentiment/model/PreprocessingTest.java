package io.kafkapipeline.sentiment.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreprocessingTest {

    @Test
    void lightLowersDecodesAndReplacesLinksAndMentions() {
        assertThat(Preprocessing.LIGHT.tokens(
                        "@anonymous LOVED it &amp; sooooo happy!!! :-) http://url_removed #Launch <3"))
                .containsExactly("@user", "loved", "it", "&", "soo", "happy", "!!!", ":-)", "url", "#", "launch", "<3");
    }

    @Test
    void stemmingFoldsWordFormsButKeepsSymbols() {
        assertThat(Preprocessing.LIGHT_STEMMED.tokens("Loved loving loves :( !"))
                .containsExactly("love", "love", "love", ":(", "!");
    }

    @Test
    void rawOnlySplitsAtWhitespace() {
        assertThat(Preprocessing.RAW.tokens("  Not  bad, @x!  ")).containsExactly("Not", "bad,", "@x!");
        assertThat(Preprocessing.RAW.tokens("   ")).isEmpty();
    }

    @Test
    void emojiAreTokensOfTheirOwnAndNothingIsLostOrBroken() {
        assertThat(Preprocessing.SHIPPED.tokens("launch 🚀🚀 great 😊"))
                .containsExactly("launch", "🚀", "🚀", "great", "😊");
        assertThat(Preprocessing.SHIPPED.tokens("")).isEmpty();
    }

    @Test
    void onlyTheFirstMaxCharsAreRead() {
        String text = "good ".repeat(Preprocessing.MAX_CHARS);
        assertThat(Preprocessing.SHIPPED.tokens(text)).hasSize(Preprocessing.MAX_CHARS / 5);
    }
}
