package io.kafkapipeline.consumers;

import io.kafkapipeline.common.cli.CliErrors;
import io.kafkapipeline.common.cli.LibraryLogs;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.consumers.config.ConsumerConfig;
import io.kafkapipeline.consumers.config.ConsumerSettings;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code java -cp ... io.kafkapipeline.consumers.ConsumerMain --topic weather [--from-beginning] [--max N]
 * [--stop-at-end]}: prints one line per record of the topic, {@code invalid ...} lines for records that break the
 * contract and periodic {@code summary ...} lines, on stdout (UTF-8); logs go to stderr, and a failure ends with one
 * line {@code error: ...} there. Options override the
 * environment variables of {@link ConsumerConfig}.
 */
@Command(
        name = "consumer",
        sortOptions = false,
        description = "Reads one topic (weather, faker or spacex), validates every record against its table's contract"
                + " and prints one line per record plus periodic summaries. Settings: environment variables (see"
                + " --print-env-docs); options override them.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:normal end (--max, --stop-at-end)",
            "1:bad setting (the message names it)",
            "2:bad option",
            "3:Kafka failure",
            "143:stopped by SIGTERM (after committing and the final summary)"
        })
public final class ConsumerMain implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ConsumerMain.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Topic to read (TOPIC_NAME).")
    private String topic;

    @Option(
            names = "--contract",
            paramLabel = "NAME",
            description = "Contract to validate against: weather|faker|spacex (RECORD_CONTRACT); default: the topic.")
    private String contract;

    @Option(names = "--group", paramLabel = "GROUP", description = "Consumer group (GROUP_ID).")
    private String group;

    @Option(names = "--from-beginning", description = "Read every partition from its first offset (FROM_BEGINNING).")
    private boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Exit after N records, valid or invalid (MAX_RECORDS).")
    private Long max;

    @Option(
            names = "--stop-at-end",
            description = "Exit once caught up to the end offsets seen at start (STOP_AT_END).")
    private boolean stopAtEnd;

    @Option(names = "--print-env-docs", description = "Print the environment variable table (Markdown) and exit.")
    private boolean printEnvDocs;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    private boolean help;

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean installShutdownHook;

    private ConsumerMain(Map<String, String> environment, PrintStream out, PrintStream err, boolean hook) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.installShutdownHook = hook;
    }

    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // Library log lines go to PIPELINE_LOG_FILE (./pipeline sets it); the terminal keeps the error line.
        PrintStream err = LibraryLogs.fromEnvironment(System.getenv());
        System.exit(execute(args, System.getenv(), stdout, err, true));
    }

    /** Runs in this JVM without a shutdown hook (tests, other CLIs); returns the exit code. */
    public static int execute(String[] args, Map<String, String> environment, PrintStream out) {
        return execute(args, environment, out, System.err, false);
    }

    /** As {@link #execute(String[], Map, PrintStream)}, with the stream for the one-line errors. */
    public static int execute(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return execute(args, environment, out, err, false);
    }

    private static int execute(
            String[] args, Map<String, String> environment, PrintStream out, PrintStream err, boolean hook) {
        CommandLine cl = new CommandLine(new ConsumerMain(environment, out, err, hook));
        // Run by ./pipeline, usage lines name the command as the user typed it.
        cl.setCommandName(System.getProperty("kafkapipeline.cli.name", "consumer"));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler(CliErrors.usageErrors());
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        if (max != null && max < 1) {
            throw new ParameterException(spec.commandLine(), "--max must be at least 1, was " + max);
        }
        if (printEnvDocs) {
            out.print(ConsumerConfig.definition().markdownTable());
            out.flush();
            return ConsumerApp.EXIT_OK;
        }
        ConsumerSettings settings;
        try {
            settings = ConsumerSettings.from(ConsumerConfig.definition().parse(Env.of(withOptions())));
        } catch (ConfigException e) {
            log.debug("{}: configuration error", ConsumerConfig.COMPONENT, e);
            err.println(CliErrors.line(e.getMessage()));
            return ConsumerApp.EXIT_CONFIG;
        }
        return new ConsumerApp(settings, out, err).run(installShutdownHook);
    }

    /** The environment with the given options laid over it. */
    private Map<String, String> withOptions() {
        Map<String, String> merged = new HashMap<>(environment);
        put(merged, ConsumerConfig.TOPIC.name(), topic);
        put(merged, ConsumerConfig.CONTRACT.name(), contract);
        put(merged, ConsumerConfig.GROUP_ID.name(), group);
        put(merged, ConsumerConfig.MAX_RECORDS.name(), max == null ? null : max.toString());
        if (fromBeginning) {
            merged.put(ConsumerConfig.FROM_BEGINNING.name(), "true");
        }
        if (stopAtEnd) {
            merged.put(ConsumerConfig.STOP_AT_END.name(), "true");
        }
        return merged;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
