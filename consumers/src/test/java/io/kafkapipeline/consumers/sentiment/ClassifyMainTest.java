package io.kafkapipeline.consumers.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ClassifyMainTest {

    @Test
    void printsLabelScoreAndTextPerInputLine() {
        String input = "I love this wonderful day\nThis is awful, I hate it\n\nnaïve café 😊\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        int code = new CommandLine(
                        new ClassifyMain(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out))
                .execute();

        assertThat(code).isZero();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).matches("Positive\t0\\.\\d{3}\tI love this wonderful day");
        assertThat(lines[1]).matches("Negative\t0\\.\\d{3}\tThis is awful, I hate it");
        assertThat(lines[2]).matches("(Positive|Negative)\t[01]\\.\\d{3}\t");
        assertThat(lines[3]).endsWith("\tnaïve café 😊");
        assertThat(lines[4]).isEmpty();
    }
}
