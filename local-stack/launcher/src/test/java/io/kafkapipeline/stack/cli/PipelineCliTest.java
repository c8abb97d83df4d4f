package io.kafkapipeline.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The one entry point: its command list, the arguments it hands to other modules, its error form. */
class PipelineCliTest {

    @TempDir
    Path home;

    @Test
    void helpListsEveryCommandOnce() {
        StringWriter out = new StringWriter();
        CommandLine cli = PipelineCli.commandLine();
        cli.usage(new PrintWriter(out));

        assertThat(cli.getSubcommands().keySet())
                .containsExactly(
                        "up",
                        "down",
                        "status",
                        "cql",
                        "notebook",
                        "consume",
                        "classify",
                        "report",
                        "load",
                        "export",
                        "console",
                        "bench",
                        "build",
                        "help");
        assertThat(out.toString())
                .contains(
                        "Load a CSV file into a table",
                        "Read, validate and print a topic",
                        "Sentiment of each stdin line: label<TAB>score<TAB>text");
    }

    /** Main classes are named by string: one that moves to another package or module fails only when it is run. */
    @Test
    void everyMainClassItRunsIsASourceOfTheModuleItRunsItFrom() {
        Path checkout = Path.of("../..").toAbsolutePath().normalize();
        Map<String, String> moduleOfMain = new LinkedHashMap<>();
        PipelineCli.MODULES.forEach(m -> moduleOfMain.put(m.mainClass(), m.module()));
        StackService.ALL.forEach(s -> moduleOfMain.put(s.mainClass(), s.module()));

        assertThat(moduleOfMain)
                .containsEntry("io.kafkapipeline.consumers.classifier.ClassifyMain", "consumers")
                .allSatisfy((main, module) -> assertThat(checkout.resolve(module)
                                .resolve("src/main/java")
                                .resolve(main.replace('.', '/') + ".java"))
                        .isRegularFile());
    }

    @Test
    void argumentsOfAModuleCommandGoToItsMainUnchangedHelpIncluded() {
        CommandLine.ParseResult parsed = PipelineCli.commandLine()
                .parseArgs("consume", "--topic", "weather", "--from-beginning", "--max", "5", "--help");

        ModuleCommand consume = parsed.subcommand().commandSpec().commandLine().getCommand();
        assertThat(consume.args).containsExactly("--topic", "weather", "--from-beginning", "--max", "5", "--help");
    }

    @Test
    void aModuleCommandGetsTheLocalStacksAddressesUnlessTheUserSetThem() {
        StackConfig config = StackConfig.builder(home)
                .kafkaPort(19092)
                .kafkaControllerPort(19093)
                .cassandraPort(19042)
                .build();

        Set<ModuleCommand.Server> both = Set.of(ModuleCommand.Server.KAFKA, ModuleCommand.Server.CASSANDRA);
        assertThat(ModuleCommand.childEnvironment(config, Map.of(), both))
                .containsEntry("KAFKA_BROKER_URL", "127.0.0.1:19092")
                .containsEntry("CASSANDRA_HOST", "127.0.0.1")
                .containsEntry("CASSANDRA_PORT", "19042")
                .containsEntry(
                        "PIPELINE_LOG_FILE",
                        home.resolve(".pipeline/logs/cli.log").toString());
        assertThat(ModuleCommand.childEnvironment(
                        config, Map.of("KAFKA_BROKER_URL", "kafka:9092", "CASSANDRA_HOST", "cassandra"), both))
                .doesNotContainKeys("KAFKA_BROKER_URL", "CASSANDRA_HOST", "CASSANDRA_PORT");
        assertThat(ModuleCommand.childEnvironment(config, Map.of(), Set.of())).containsOnlyKeys("PIPELINE_LOG_FILE");
    }

    @Test
    void usageErrorsAreOneErrorLineAndTheSynopsisWithExitCodeTwo() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(PipelineCli.run(Map.of("PIPELINE_HOME", home.toString()), "status", "--frobnicate"))
                    .isEqualTo(2);
            assertThat(PipelineCli.run(Map.of("PIPELINE_HOME", home.toString()), "frobnicate"))
                    .isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("error: Unknown option: '--frobnicate'");
        assertThat(lines.get(1)).startsWith("Usage: pipeline status [-hV] [--json]");
        assertThat(lines).contains("error: Unmatched argument at index 0: 'frobnicate'");
    }

    @Test
    void aBadSettingIsOneErrorLineWithExitCodeOne() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(PipelineCli.run(Map.of("PIPELINE_HOME", home.toString(), "KAFKA_PORT", "x"), "status"))
                    .isEqualTo(1);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("error: Invalid KAFKA_PORT='x': is not a port number (1-65535)");
    }
}
