package io.kafkapipeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs deploy/check: every compose file against the Compose specification (dclint), every Dockerfile through two
 * linters. Skipped only when Node.js/npm are missing. (Shell scripts: {@link ShellScriptsTest}.)
 */
class DockerLintTest {

    private static final long TIMEOUT_MINUTES = 5;

    @Test
    void composeFilesDockerfilesAndScriptsPassTheLinters() throws IOException, InterruptedException {
        Path deploy = Repo.root().resolve("deploy");
        boolean installed = Files.isRegularFile(deploy.resolve("node_modules/.installed-package-lock.json"));
        if (!onPath("node") || (!installed && !onPath("npm"))) {
            Assumptions.abort(
                    "deploy/check needs Node.js and npm (to install its linters from deploy/package-lock.json);"
                            + " not found on the PATH, so the Docker files were not linted");
        }
        Path log = Files.createTempFile("deploy-check", ".log");
        try {
            Process check = new ProcessBuilder("bash", deploy.resolve("check").toString())
                    .directory(Repo.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean finished = check.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!finished) {
                check.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println(output);
            assertThat(finished)
                    .as("deploy/check finished within " + TIMEOUT_MINUTES + " min; output:\n" + output)
                    .isTrue();
            assertThat(check.exitValue())
                    .as("deploy/check exit code; output:\n" + output)
                    .isZero();
            assertThat(output).contains("Docker checks passed");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
