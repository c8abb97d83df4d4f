package io.kafkapipeline.datavis;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.datavis.config.DataVisConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's settings table is generated from {@link DataVisConfig#definition()}; keep them in sync. */
class ReadmeTest {

    @Test
    void readmeListsEverySettingAsTheCodeDefinesIt() throws Exception {
        assertThat(Files.readString(Path.of("README.md")))
                .contains(DataVisConfig.definition().markdownTable());
    }
}
