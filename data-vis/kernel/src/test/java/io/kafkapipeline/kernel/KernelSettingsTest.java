package io.kafkapipeline.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.Env;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelSettingsTest {

    @Test
    void defaultsAreNoExtraClasspathAndNoTimeout() {
        KernelSettings s = KernelSettings.from(Env.of(Map.of()));
        assertThat(s.classpath()).isEmpty();
        assertThat(s.cellTimeout()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aBadTimeoutNamesTheVariable() {
        assertThatThrownBy(() -> KernelSettings.from(Env.of(Map.of("KERNEL_CELL_TIMEOUT_SECONDS", "soon"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid KERNEL_CELL_TIMEOUT_SECONDS='soon': is not an integer");
    }

    @Test
    void theDataVisReadmeListsEverySettingAsTheCodeDefinesIt() throws Exception {
        assertThat(Files.readString(Path.of("../README.md")))
                .contains(KernelSettings.definition().markdownTable());
    }
}
