package io.kafkapipeline.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.jupyter.KernelSpecInstaller;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./pipeline notebook}: what it does without starting Jupyter. */
class NotebookCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private Map<String, String> env(String... more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("PIPELINE_HOME", home.toString()));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    /** The layout the kernel module's and data-vis's builds write. */
    private void fakeBuild() throws Exception {
        Path spec = home.resolve("data-vis/kernel/target/kernelspec/java");
        Files.createDirectories(spec.resolve("lib"));
        Files.writeString(spec.resolve("lib/java-kernel.jar"), "jar");
        Files.writeString(
                spec.resolve("kernel.json"),
                "{\"argv\": [\"java\", \"-cp\", \"{resource_dir}/lib/*\","
                        + " \"io.kafkapipeline.kernel.KernelMain\", \"{connection_file}\"], \"language\": \"java\"}");
        Files.createDirectories(home.resolve("data-vis/target/lib"));
    }

    @Test
    void kernelOnlyInstallsTheKernelspecUnderThePrefixAndExits() throws Exception {
        fakeBuild();
        Path prefix = home.resolve("prefix");
        assertThat(PipelineCli.run(env(), "notebook", "--kernel-only", "--prefix", prefix.toString()))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        Path kernel = prefix.resolve("share/jupyter/kernels/java");
        var json = KernelSpecInstaller.read(kernel);
        assertThat(json.get("argv").get(0).asText())
                .isEqualTo(KernelSpecInstaller.currentJava().toString());
        assertThat(json.get("env").get("KERNEL_CLASSPATH").asText())
                .isEqualTo(home.resolve("data-vis/target/lib").toAbsolutePath() + "/*");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "Installed the Java kernel into " + kernel, "JUPYTER_PATH=" + prefix.resolve("share/jupyter"));
    }

    @Test
    void withoutJupyterItSaysHowToInstallItAndStartsNothing() throws Exception {
        fakeBuild();
        int code = PipelineCli.run(
                env("JUPYTER_COMMAND", home.resolve("no-jupyter").toString()), "notebook");
        assertThat(code).isEqualTo(1);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message.lines()).hasSize(1);
        assertThat(message).startsWith("error: JUPYTER_COMMAND=").contains("apt-get install jupyter-notebook");
        assertThat(home.resolve(".pipeline")).doesNotExist();
        assertThat(PipelineCli.run(env("JUPYTER_COMMAND", "/no/jupyter"), "notebook", "--execute"))
                .isEqualTo(1);
        assertThat(home.resolve(".pipeline")).doesNotExist();
    }

    @Test
    void prefixGoesWithKernelOnlyAndNotebooksWithExecute() {
        assertThat(PipelineCli.run(env(), "notebook", "--prefix", "x")).isEqualTo(2);
        assertThat(PipelineCli.run(env(), "notebook", "--kernel-only")).isEqualTo(2);
        assertThat(PipelineCli.run(env(), "notebook", "weather.ipynb")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--kernel-only and --prefix DIR go together", "notebooks are named only with --execute");
    }

    @Test
    void aBadPortNamesTheSetting() throws Exception {
        fakeBuild();
        assertThat(PipelineCli.run(env("NOTEBOOK_PORT", "88888"), "notebook")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("error: Invalid NOTEBOOK_PORT='88888': is not a port number (1-65535)\n");
    }
}
