package io.kafkapipeline.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's environment table is generated from the config ({@code --print-env-docs}); keep them in sync. */
class ReadmeTest {

    @Test
    void readmeListsEverySettingAsTheCodeDefinesIt() throws Exception {
        assertThat(Files.readString(Path.of("README.md")))
                .contains(SocialConfig.definition().markdownTable());
    }
}
