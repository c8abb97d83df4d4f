package io.kafkapipeline.stack.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.stack.StackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding Jupyter: a candidate counts only if it runs the app; none: one line on how to install it. */
class JupyterTest {

    @TempDir
    Path dir;

    /** A fake `jupyter` that knows only the given app (its --version prints the version). */
    private Path fakeJupyter(Path folder, String app, String version) throws Exception {
        Files.createDirectories(folder);
        Path script = folder.resolve("jupyter");
        Files.writeString(
                script,
                "#!/bin/sh\nif [ \"$1\" = \"" + app + "\" ] && [ \"$2\" = \"--version\" ]; then echo " + version
                        + "; exit 0; fi\necho \"jupyter: '$1' is not a Jupyter command\" >&2\nexit 1\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void noJupyterAnywhereSaysHowToInstallItInOneLine() {
        assertThatThrownBy(() -> Jupyter.find(
                        Optional.empty(), Map.of("PATH", dir.toString()), List.of("lab", "notebook"), List.of()))
                .isInstanceOf(StackException.class)
                .hasMessage("Jupyter is not installed (no working `jupyter lab` or `jupyter notebook` on this"
                        + " machine): install it with `apt-get install jupyter-notebook jupyter-nbconvert`"
                        + " (Debian, Ubuntu) or `pip install notebook nbconvert`, or set JUPYTER_COMMAND to your"
                        + " jupyter program")
                .message()
                .doesNotContain("\n");
    }

    @Test
    void aJupyterOnThePathThatLacksTheAppIsSkipped() throws Exception {
        Path broken = fakeJupyter(dir.resolve("shims"), "kernelspec", "1.0");
        Path working = fakeJupyter(dir.resolve("bin"), "notebook", "6.4.12");
        Jupyter found = Jupyter.find(
                Optional.empty(),
                Map.of("PATH", broken.getParent() + ":" + working.getParent()),
                List.of("lab", "notebook"),
                List.of());
        assertThat(found.program()).isEqualTo(working);
        assertThat(found.app()).isEqualTo("notebook");
        assertThat(found.describe()).isEqualTo("Jupyter Notebook 6.4.12");
        assertThat(found.command(List.of("--port=1"))).containsExactly(working.toString(), "notebook", "--port=1");
    }

    @Test
    void jupyterLabIsPreferredWhenPresent() throws Exception {
        Path lab = fakeJupyter(dir.resolve("lab"), "lab", "4.2.0");
        fakeJupyter(dir.resolve("nb"), "notebook", "6.4.12");
        Jupyter found = Jupyter.find(
                Optional.empty(),
                Map.of("PATH", dir.resolve("nb") + ":" + lab.getParent()),
                List.of("lab", "notebook"),
                List.of());
        assertThat(found.describe()).isEqualTo("JupyterLab 4.2.0");
    }

    @Test
    void aConfiguredJupyterThatDoesNotWorkNamesTheSetting() {
        assertThatThrownBy(() -> Jupyter.find(Optional.of("/nowhere/jupyter"), Map.of(), List.of("nbconvert")))
                .hasMessageStartingWith("JUPYTER_COMMAND=/nowhere/jupyter cannot run `jupyter nbconvert`: install it");
    }

    @Test
    void thePythonOfJupyterComesFromItsScript() throws Exception {
        Path python = dir.resolve("python3.11");
        Files.writeString(python, "");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path script = dir.resolve("jupyter");
        Files.writeString(script, "#!" + python + "\nimport sys\n");
        assertThat(Jupyter.pythonOf(script)).isEqualTo(python);
        Files.writeString(script, "#!/bin/sh\nexec python3 -m jupyter\n");
        assertThat(Jupyter.pythonOf(script)).isEqualTo(Path.of("/usr/bin/python3"));
    }
}
