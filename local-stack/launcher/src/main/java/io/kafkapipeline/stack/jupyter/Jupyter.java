package io.kafkapipeline.stack.jupyter;

import io.kafkapipeline.stack.StackException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The {@code jupyter} program of this machine and what it can run ({@code notebook}, {@code lab},
 * {@code nbconvert}). Found by trying: {@code JUPYTER_COMMAND}, else each {@code jupyter} on the PATH, then
 * {@code /usr/bin/jupyter} and {@code /usr/local/bin/jupyter}; a candidate counts only if
 * {@code jupyter <app> --version} works (a pyenv shim of a Python without Jupyter does not).
 *
 * @param program the {@code jupyter} program
 * @param app {@code notebook}, {@code lab} or {@code nbconvert}
 * @param version what {@code jupyter <app> --version} printed (its last line)
 */
public record Jupyter(Path program, String app, String version) {

    /** The one line a user without Jupyter reads. */
    static final String INSTALL_HINT = "install it with `apt-get install jupyter-notebook jupyter-nbconvert`"
            + " (Debian, Ubuntu) or `pip install notebook nbconvert`, or set JUPYTER_COMMAND to your jupyter program";

    private static final List<Path> USUAL_PLACES =
            List.of(Path.of("/usr/bin/jupyter"), Path.of("/usr/local/bin/jupyter"));

    /**
     * The first Jupyter that runs one of {@code apps} (in order of preference, e.g. {@code lab}, {@code notebook}).
     *
     * @throws StackException with one line saying how to install Jupyter, when none does
     */
    public static Jupyter find(Optional<String> configured, Map<String, String> env, List<String> apps) {
        return find(configured, env, apps, USUAL_PLACES);
    }

    static Jupyter find(Optional<String> configured, Map<String, String> env, List<String> apps, List<Path> usual) {
        List<Path> candidates = configured.map(c -> List.of(Path.of(c))).orElseGet(() -> candidates(env, usual));
        for (String app : apps) {
            for (Path candidate : candidates) {
                Optional<String> version = version(candidate, app);
                if (version.isPresent()) {
                    return new Jupyter(candidate, app, version.get());
                }
            }
        }
        String wanted = String.join(
                " or ", apps.stream().map(a -> "`jupyter " + a + "`").toList());
        throw new StackException(
                configured.isPresent()
                        ? "JUPYTER_COMMAND=" + configured.get() + " cannot run " + wanted + ": " + INSTALL_HINT
                        : "Jupyter is not installed (no working " + wanted + " on this machine): " + INSTALL_HINT);
    }

    static List<Path> candidates(Map<String, String> env, List<Path> usual) {
        Set<Path> found = new LinkedHashSet<>();
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path p = Path.of(dir, "jupyter");
                if (Files.isExecutable(p)) {
                    found.add(p);
                }
            }
        }
        usual.stream().filter(Files::isExecutable).forEach(found::add);
        return new ArrayList<>(found);
    }

    /** The output of {@code <jupyter> <app> --version}, if it ran and exited with 0. */
    static Optional<String> version(Path jupyter, String app) {
        try {
            Process p = new ProcessBuilder(jupyter.toString(), app, "--version")
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String text = new String(out, StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && !text.isEmpty()
                    ? Optional.of(text.lines().reduce((a, b) -> b).orElse(text))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The command line {@code jupyter <app> args...}. */
    public List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(program.toString());
        cmd.add(app);
        cmd.addAll(args);
        return cmd;
    }

    /** "Jupyter Notebook 6.4.12" or the like. */
    public String describe() {
        String name = switch (app) {
            case "lab" -> "JupyterLab";
            case "notebook" -> "Jupyter Notebook";
            default -> "jupyter " + app;
        };
        return name + " " + version;
    }

    /** The Python that runs this Jupyter (its script's {@code #!} line), else /usr/bin/python3. */
    public Path python() {
        return pythonOf(program);
    }

    static Path pythonOf(Path script) {
        try {
            String first = Files.readAllLines(script.toRealPath(), StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("");
            if (first.startsWith("#!") && first.contains("python")) {
                String interpreter = first.substring(2).strip().split("\\s+")[0];
                if (Files.isExecutable(Path.of(interpreter))) {
                    return Path.of(interpreter);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a binary or unreadable launcher: fall back
        }
        return Path.of("/usr/bin/python3");
    }
}
