package io.kafkapipeline.kernel.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kafkapipeline.stack.FreePorts;
import io.kafkapipeline.stack.jupyter.Jupyter;
import io.kafkapipeline.stack.jupyter.JupyterLayout;
import io.kafkapipeline.stack.jupyter.JupyterServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Jupyter server of {@code ./pipeline notebook} runs a notebook in the Java kernel the way a browser does
 * (REST session, then the kernel's websocket), and stopping it as {@code ./pipeline down} does leaves no kernel
 * behind.
 */
class JupyterServerIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBrowserSessionRunsJavaCellsAndDownStopsServerAndKernels() throws Exception {
        JupyterLayout layout = JupyterForTests.installKernel("jupyter-server");
        Jupyter jupyter = JupyterForTests.find("lab", "notebook");
        Path notebooks = layout.stateDir().resolve("notebooks");
        Path notebook = notebooks.resolve("check.ipynb");
        Files.createDirectories(notebooks);
        Files.writeString(
                notebook,
                NotebookFiles.notebook(
                        "System.out.println(\"hello from \" + System.getProperty(\"java.version\"));",
                        "var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);\n"
                                + "image",
                        "new int[] {1, 2}[5]"));
        int port = FreePorts.pick(1)[0];
        String token = "it-" + System.nanoTime();
        JupyterServer server = new JupyterServer(jupyter, layout, port, token);
        server.start(notebooks, Map.of());
        List<ProcessHandle> kernels = new ArrayList<>();
        try {
            server.awaitReady(Duration.ofMinutes(2));

            List<JsonNode> cells =
                    runThroughServer(port, token, notebook, layout.stateDir().resolve("client.log"));
            ProcessHandle.of(server.pid()).orElseThrow().descendants().forEach(kernels::add);

            assertThat(cells).hasSize(3);
            assertThat(cells.get(0).get("status").asText()).isEqualTo("ok");
            assertThat(cells.get(1).get("mime").toString()).contains("image/png");
            assertThat(cells.get(2).get("status").asText()).isEqualTo("error");
            assertThat(cells.get(2).get("ename").asText()).isEqualTo("java.lang.ArrayIndexOutOfBoundsException");
            assertThat(cells.get(2).get("evalue").asText()).contains("Index 5 out of bounds for length 2");
            assertThat(kernels)
                    .as("the Java kernel runs as a child of the server")
                    .isNotEmpty();
        } finally {
            assertThat(JupyterServer.stopRunning(layout.stateDir(), msg -> {})).isTrue();
        }
        assertThat(ProcessHandle.of(server.pid()).filter(ProcessHandle::isAlive))
                .isEmpty();
        await("kernels end with their server")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(kernels).noneMatch(ProcessHandle::isAlive));
        assertThat(layout.pidFile()).doesNotExist();
    }

    /** {@code src/test/python/run_through_server.py}: one JSON line per code cell; the session stays open. */
    private static List<JsonNode> runThroughServer(int port, String token, Path notebook, Path log) throws Exception {
        Jupyter jupyter = JupyterForTests.find("kernelspec");
        Process p = new ProcessBuilder(
                        jupyter.python().toString(),
                        Path.of("src/test/python/run_through_server.py")
                                .toAbsolutePath()
                                .toString(),
                        "http://127.0.0.1:" + port,
                        token,
                        notebook.toString(),
                        "java",
                        "keep")
                .redirectError(log.toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("%s%n%s", out, Files.readString(log)).isZero();
        List<JsonNode> cells = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            cells.add(JSON.readTree(line));
        }
        return cells;
    }
}
