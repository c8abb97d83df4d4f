package io.kafkapipeline.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** local-stack/README.md's settings table is generated from {@link StackConfig#definition()}; keep them in sync. */
class ReadmeTest {

    @Test
    void readmeListsEverySettingAsTheCodeDefinesIt() throws Exception {
        assertThat(Files.readString(Path.of("../README.md")))
                .contains(StackConfig.definition().markdownTable());
    }
}
