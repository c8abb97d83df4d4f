package io.kafkapipeline.console.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's settings table is generated from the config ({@code ./pipeline console --settings}); keep them in sync. */
class ReadmeTest {

    @Test
    void readmeListsEverySettingAsTheCodeDefinesIt() throws Exception {
        assertThat(Files.readString(Path.of("README.md")))
                .contains(ConsoleConfig.definition().markdownTable());
    }
}
