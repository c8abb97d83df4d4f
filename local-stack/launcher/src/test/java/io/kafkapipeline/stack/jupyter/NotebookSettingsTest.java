package io.kafkapipeline.stack.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.config.Env;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotebookSettingsTest {

    @Test
    void defaultsArePort8888AJupyterToBeFoundAndARandomToken() {
        NotebookSettings s = NotebookSettings.from(Env.of(Map.of()));
        assertThat(s.port()).isEqualTo(8888);
        assertThat(s.jupyterCommand()).isEmpty();
        assertThat(s.token()).isEmpty();
        assertThat(s.executeCellTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(NotebookSession.newToken()).hasSize(48).isNotEqualTo(NotebookSession.newToken());
    }

    @Test
    void theDataVisReadmeListsEverySettingAsTheCodeDefinesIt() throws Exception {
        assertThat(Files.readString(Path.of("../../data-vis/README.md")))
                .contains(NotebookSettings.definition().markdownTable());
    }
}
