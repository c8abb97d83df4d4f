package io.kafkapipeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shell script of the repository passes shellcheck and keeps LF line endings. The scripts are found from git
 * (tracked files, and new files git does not ignore): every {@code *.sh} and every file whose first line is a
 * {@code sh}/{@code bash} shebang, so a new script is checked without being listed anywhere.
 */
class ShellScriptsTest {

    private static final Path ROOT = Repo.root();
    private static final Pattern SHELL_SHEBANG = Pattern.compile("^#!\\s*/\\S*/(env\\s+)?(ba|da|k)?sh(\\s.*)?$");
    private static final long TIMEOUT_SECONDS = 120;

    /** The shell scripts among the files git knows (tracked, or untracked and not ignored), relative paths. */
    static List<String> scripts() {
        String listing = run(ROOT, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard");
        List<String> scripts = new ArrayList<>();
        for (String file : listing.split("\0")) {
            Path path = ROOT.resolve(file);
            if (!file.isEmpty() && Files.isRegularFile(path) && (file.endsWith(".sh") || hasShellShebang(path))) {
                scripts.add(file);
            }
        }
        return scripts.stream().distinct().sorted().toList();
    }

    private static boolean hasShellShebang(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.findFirst()
                    .map(l -> SHELL_SHEBANG.matcher(l).matches())
                    .orElse(false);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    @Test
    void everyShellScriptOfTheRepositoryPassesShellcheck() {
        assertThat(ScriptRun.onPath("shellcheck"))
                .as("shellcheck is not installed (Debian: apt-get install shellcheck; .ci/run installs it)")
                .isTrue();
        List<String> scripts = scripts();
        assertThat(scripts)
                .as("scripts found from git")
                .contains(
                        "pipeline",
                        "mvnw",
                        "deploy/check",
                        ".ci/run",
                        "cassandra/docker/apply-schema.sh",
                        "kafka/docker/register-connectors.sh",
                        "data-vis/docker/start-jupyter.sh",
                        "docker/java-service.sh",
                        "deploy/src/test/resources/io/kafkapipeline/deploy/stubs/cqlsh");
        List<String> command = new ArrayList<>(List.of("shellcheck", "--external-sources", "--format=gcc"));
        command.addAll(scripts);
        Result shellcheck = exec(ROOT, command);
        assertThat(shellcheck.output())
                .as("shellcheck findings in " + scripts.size() + " scripts (exit " + shellcheck.exitCode() + ")")
                .isEmpty();
        assertThat(shellcheck.exitCode()).isZero();
    }

    @Test
    void everyShellScriptKeepsLfLineEndingsInEveryCheckout() {
        List<String> scripts = scripts();
        List<String> command = new ArrayList<>(List.of("git", "check-attr", "eol", "--"));
        command.addAll(scripts);
        List<String> notLf = run(ROOT, command.toArray(String[]::new))
                .lines()
                .filter(l -> !l.endsWith(": eol: lf"))
                .toList();
        assertThat(notLf).as("scripts without `eol=lf` in .gitattributes").isEmpty();
        List<String> withCr = scripts.stream()
                .filter(s -> Repo.read(ROOT.resolve(s)).contains("\r"))
                .toList();
        assertThat(withCr).as("scripts with CR characters").isEmpty();
    }

    @Test
    void mvnwRemovesItsDownloadFolderBeforeHandingOverToMaven(@TempDir Path dir) throws IOException {
        // A Maven "distribution" in a file repository, and a copy of mvnw that expects its checksum.
        Path repo = dir.resolve("repo/org/apache/maven/apache-maven/3.9.11");
        Path dist = Files.createDirectories(dir.resolve("apache-maven-3.9.11/bin"));
        Files.writeString(dist.resolve("mvn"), "#!/bin/sh\necho \"fake maven $*\"\n");
        Files.setPosixFilePermissions(dist.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(repo);
        Path tarball = repo.resolve("apache-maven-3.9.11-bin.tar.gz");
        run(dir, "tar", "czf", tarball.toString(), "apache-maven-3.9.11");
        String sha512 = run(dir, "sha512sum", tarball.toString()).split("\\s+")[0];
        String mvnw = Repo.read(ROOT.resolve("mvnw"));
        assertThat(mvnw).contains("MAVEN_VERSION=3.9.11").containsPattern("(?m)^MAVEN_SHA512=");
        Path script = dir.resolve("mvnw");
        Files.writeString(script, mvnw.replaceAll("(?m)^MAVEN_SHA512=.*$", "MAVEN_SHA512=" + sha512));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));

        ScriptRun.Result result = new ScriptRun(dir, "curl")
                .env("TMPDIR", tmp.toString())
                .env("MVNW_FORCE_DOWNLOAD", "1")
                .env("MVNW_REPOURL", "file://" + dir.resolve("repo"))
                .run(script, "-v");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.output()).contains("fake maven -Dstyle.color=never -v");
        try (var left = Files.list(tmp)) {
            assertThat(left.toList()).as("download folders left in TMPDIR").isEmpty();
        }
    }

    private record Result(int exitCode, String output) {}

    private static String run(Path dir, String... command) {
        Result result = exec(dir, List.of(command));
        assertThat(result.exitCode())
                .as(String.join(" ", command) + ":\n" + result.output())
                .isZero();
        return result.output();
    }

    private static Result exec(Path dir, List<String> command) {
        try {
            Path log = Files.createTempFile("shell-scripts", ".log");
            try {
                Process process = new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError(
                            String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
                }
                return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " cannot run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
