package io.kafkapipeline.common.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.testing.LogCapture;
import org.junit.jupiter.api.Test;

class FallbackSourceTest {

    static BodySource fixed(String name, String body) {
        return new BodySource() {
            @Override
            public String fetch(String request) {
                return body + ":" + request;
            }

            @Override
            public String describe() {
                return name;
            }
        };
    }

    static BodySource failing(SourceException e) {
        return new BodySource() {
            @Override
            public String fetch(String request) throws SourceException {
                throw e;
            }

            @Override
            public String describe() {
                return "live";
            }
        };
    }

    @Test
    void unreachableLiveSwitchesToReplayOnceWithALogLine() throws Exception {
        FallbackSource source =
                new FallbackSource(failing(new SourceUnreachableException(0, "refused")), fixed("replay", "R"));
        try (LogCapture logs = LogCapture.start()) {
            assertThat(source.fetch("a")).isEqualTo("R:a");
            assertThat(source.fetch("b")).isEqualTo("R:b");
            assertThat(logs.lines("WARN")).singleElement().asString().contains("refused", "switches to replay");
        }
        assertThat(source.replaying()).isTrue();
    }

    @Test
    void otherFailuresAreNotAFallbackReason() {
        FallbackSource source =
                new FallbackSource(failing(new SourceException(404, "city not found")), fixed("replay", "R"));
        assertThatThrownBy(() -> source.fetch("a")).hasMessage("city not found");
        assertThat(source.replaying()).isFalse();
    }

    @Test
    void selectHonoursTheMode() {
        assertThat(SourceConfig.select(
                                "c", SourceMode.REPLAY, null, () -> fixed("live", "L"), () -> fixed("replay", "R"))
                        .describe())
                .isEqualTo("replay");
        assertThat(SourceConfig.select(
                                "c",
                                SourceMode.AUTO,
                                "KEY is not set",
                                () -> fixed("live", "L"),
                                () -> fixed("replay", "R"))
                        .describe())
                .isEqualTo("replay");
        assertThat(SourceConfig.select(
                        "c", SourceMode.AUTO, null, () -> fixed("live", "L"), () -> fixed("replay", "R")))
                .isInstanceOf(FallbackSource.class);
        assertThatThrownBy(() -> SourceConfig.select(
                        "c", SourceMode.LIVE, "KEY is not set", () -> fixed("live", "L"), () -> fixed("replay", "R")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("SOURCE=live but KEY is not set");
    }
}
