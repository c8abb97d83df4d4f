package io.kafkapipeline.console.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.Env;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleConfigTest {

    @Test
    void theDefaultsListenOnLoopbackPort9000() {
        Config config = ConsoleConfig.check(ConsoleConfig.definition().parse(Env.of(Map.of())));
        assertThat(config.get(ConsoleConfig.PORT)).isEqualTo(9000);
        assertThat(config.get(ConsoleConfig.BIND_ADDRESS)).isEqualTo("127.0.0.1");
    }

    @Test
    void anotherBindAddressIsRefusedWithoutAToken() {
        assertThatThrownBy(() -> ConsoleConfig.check(
                        ConsoleConfig.definition().parse(Env.of(Map.of("CONSOLE_BIND_ADDRESS", "0.0.0.0")))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("CONSOLE_TOKEN");
        assertThatCode(() -> ConsoleConfig.check(ConsoleConfig.definition()
                        .parse(Env.of(Map.of("CONSOLE_BIND_ADDRESS", "0.0.0.0", "CONSOLE_TOKEN", "s3cret")))))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConsoleConfig.checkExposure("localhost", null)).doesNotThrowAnyException();
    }

    @Test
    void aBadPortNamesTheSetting() {
        assertThatThrownBy(() -> ConsoleConfig.definition().parse(Env.of(Map.of("CONSOLE_PORT", "ninety"))))
                .hasMessageContaining("CONSOLE_PORT");
    }

    @Test
    void theTokenNeverShowsInTheStartUpLine() {
        Config config = ConsoleConfig.definition().parse(Env.of(Map.of("CONSOLE_TOKEN", "s3cret")));
        assertThat(config.describe()).doesNotContain("s3cret").contains("CONSOLE_TOKEN=***");
    }
}
