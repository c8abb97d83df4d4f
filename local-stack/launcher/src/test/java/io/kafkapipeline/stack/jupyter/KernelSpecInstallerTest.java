package io.kafkapipeline.stack.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.stack.StackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecInstallerTest {

    @TempDir
    Path home;

    /** The layout the kernel module's build writes, with a kernel.json like the real one. */
    static Path fakeBuild(Path home) throws Exception {
        Path spec = home.resolve("data-vis/kernel/target/kernelspec/java");
        Files.createDirectories(spec.resolve("lib"));
        Files.writeString(spec.resolve("lib/java-kernel.jar"), "jar");
        Files.writeString(spec.resolve("kernel.json"), """
                {"argv": ["java", "-cp", "{resource_dir}/lib/*", "io.kafkapipeline.kernel.KernelMain",
                          "{connection_file}"],
                 "display_name": "Java", "language": "java", "interrupt_mode": "message", "env": {}}
                """);
        Files.createDirectories(home.resolve("data-vis/target/lib"));
        return spec;
    }

    @Test
    void theInstalledKernelStartsThisJdkByItsPathWithTheGivenEnvironment() throws Exception {
        Path spec = fakeBuild(home);
        Path target = home.resolve("out/kernels/java");
        Files.createDirectories(target.resolve("lib"));
        Files.writeString(target.resolve("lib/stale.jar"), "old");
        Path java = Path.of("/opt/jdk/bin/java");

        KernelSpecInstaller.install(KernelSpecInstaller.built(home), target, java, Map.of("KERNEL_CLASSPATH", "/x/*"));

        JsonNode json = KernelSpecInstaller.read(target);
        assertThat(json.get("argv").get(0).asText()).isEqualTo("/opt/jdk/bin/java");
        assertThat(json.get("argv").get(2).asText()).isEqualTo("{resource_dir}/lib/*");
        assertThat(json.get("env").get("KERNEL_CLASSPATH").asText()).isEqualTo("/x/*");
        assertThat(json.get("interrupt_mode").asText()).isEqualTo("message");
        assertThat(target.resolve("lib/java-kernel.jar")).hasContent("jar");
        assertThat(target.resolve("lib/stale.jar")).doesNotExist();
        assertThat(spec.resolve("kernel.json")).content().contains("[\"java\"");
    }

    @Test
    void anUnbuiltKernelOrLibrarySaysHowToBuildIt() throws Exception {
        assertThatThrownBy(() -> KernelSpecInstaller.built(home))
                .isInstanceOf(StackException.class)
                .hasMessage("The Java kernel is not built (data-vis/kernel/target/kernelspec/java is missing): run"
                        + " ./pipeline build");
        assertThatThrownBy(() -> KernelSpecInstaller.dataVisClasspath(home))
                .hasMessage("data-vis is not built (data-vis/target/lib is missing): run ./pipeline build");
    }
}
