package io.kafkapipeline.consumers.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The classifier's settings table in the README is generated from the config ({@code --print-env-docs}). */
class ClassifierReadmeTest {

    @Test
    void readmeListsEveryClassifierSettingAsTheCodeDefinesIt() throws Exception {
        assertThat(Files.readString(Path.of("README.md")))
                .contains(ClassifierConfig.definition().markdownTable());
    }
}
