package io.kafkapipeline.consumers.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code ./pipeline classify}: its output per line and its one error form. */
class ClassifyMainTest {

    @Test
    void printsLabelScoreAndTextPerInputLine() {
        String input = "I love this wonderful day\nThis is awful, I hate it\n\nnaïve café 😊\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        int code = ClassifyMain.execute(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, new PrintStream(err()));

        assertThat(code).isZero();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).matches("Positive\t0\\.\\d{3}\tI love this wonderful day");
        assertThat(lines[1]).matches("Negative\t0\\.\\d{3}\tThis is awful, I hate it");
        assertThat(lines[2]).matches("(Positive|Negative)\t[01]\\.\\d{3}\t");
        assertThat(lines[3]).endsWith("\tnaïve café 😊");
        assertThat(lines[4]).isEmpty();
    }

    @Test
    void anUnknownOptionIsOneErrorLineAndTheSynopsisWithExitCodeTwo() {
        ByteArrayOutputStream err = err();

        int code = ClassifyMain.execute(
                InputStream.nullInputStream(), new PrintStream(OutputStream.nullOutputStream()), stream(err), "--x");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).first().isEqualTo("error: Unknown option: '--x'");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: classify");
    }

    @Test
    void anUnreadableInputIsOneErrorLineWithExitCodeOne() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        ByteArrayOutputStream err = err();

        int code = ClassifyMain.execute(broken, new PrintStream(OutputStream.nullOutputStream()), stream(err));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("error: cannot read stdin: Input/output error");
    }

    private static ByteArrayOutputStream err() {
        return new ByteArrayOutputStream();
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
