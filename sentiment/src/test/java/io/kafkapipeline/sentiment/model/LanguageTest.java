package io.kafkapipeline.sentiment.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void aDeclaredLanguageDecides() {
        assertThat(Language.english("en", "Bonjour")).isTrue();
        assertThat(Language.english("en-GB", "x")).isTrue();
        assertThat(Language.english("EN", "x")).isTrue();
        assertThat(Language.english("de", "a post in English")).isFalse();
        assertThat(Language.english("ja", "hello")).isFalse();
    }

    @Test
    void withoutADeclaredLanguageTheScriptDecides() {
        assertThat(Language.english(null, "What a launch! 🚀")).isTrue();
        assertThat(Language.english("", "Schönes Wetter heute")).isTrue();
        assertThat(Language.english(null, "今日はいい天気ですね")).isFalse();
        assertThat(Language.english(null, "Καλημέρα σε όλους")).isFalse();
        assertThat(Language.english(null, "🚀🚀 https://example.org")).isTrue();
        assertThat(Language.english(null, null)).isTrue();
    }
}
