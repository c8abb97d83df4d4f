package io.kafkapipeline.bench;

import io.kafkapipeline.bench.report.BenchReport;
import io.kafkapipeline.bench.report.Machine;
import io.kafkapipeline.bench.report.MarkdownWriter;
import io.kafkapipeline.bench.report.RawWriter;
import io.kafkapipeline.bench.report.StageResult;
import io.kafkapipeline.bench.stage.BenchContext;
import io.kafkapipeline.bench.stage.ClassifierStage;
import io.kafkapipeline.bench.stage.FootprintStage;
import io.kafkapipeline.bench.stage.LatencyStage;
import io.kafkapipeline.bench.stage.ProducerStage;
import io.kafkapipeline.bench.stage.ScalingStage;
import io.kafkapipeline.bench.stage.SinkStage;
import io.kafkapipeline.bench.stage.Stage;
import io.kafkapipeline.bench.stage.StartupStage;
import io.kafkapipeline.bench.stats.Stopwatch;
import io.kafkapipeline.common.cli.CliErrors;
import io.kafkapipeline.stack.PipelineHome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./pipeline bench [--quick]}: starts a local stack of its own, runs the stages and writes BENCHMARKS.md plus
 * the raw numbers. Exits 1 if any stage could not measure (never because something is slow).
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks the pipeline on a local stack of its own and writes BENCHMARKS.md.")
public final class BenchMain implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(BenchMain.class);

    @Option(
            names = "--quick",
            description =
                    "Shorter runs (trials of ~13 s of writing, fewer rates and task counts); ~15 minutes on 2 cores.")
    boolean quick;

    @Option(names = "--out", description = "Markdown report to write (default: BENCHMARKS.md of the checkout).")
    Path out;

    @Option(names = "--raw-dir", description = "Folder of the raw CSV/JSON (default: bench/results of the checkout).")
    Path rawDir;

    @Option(
            names = "--profile",
            description = "Record JFR on the Connect worker, Cassandra and the driver baseline during the first sink"
                    + " and baseline trial of each table; adds where the CPU goes to the report (recordings in"
                    + " bench/target/profiles/). Costs a few % of throughput in those trials.")
    boolean profile;

    @Option(
            names = "--only",
            split = ",",
            paramLabel = "N",
            description =
                    "Run only the stages with these numbers (e.g. --only 6), plus stage 4, which starts the stack;"
                            + " use with --out and --raw-dir to keep the full report.")
    List<Integer> only;

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new BenchMain());
        // Run by ./pipeline, usage lines name the command as the user typed it.
        cl.setCommandName(System.getProperty("kafkapipeline.cli.name", "bench"));
        cl.setParameterExceptionHandler(CliErrors.usageErrors());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            log.debug("bench failed", e);
            CliErrors.print(cmd.getErr(), e.getMessage() == null ? e.toString() : e.getMessage());
            return CliErrors.EXIT_FAILED;
        });
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Plan plan = quick ? Plan.quick() : Plan.full();
        Path home = PipelineHome.find();
        Path md = out != null ? out : home.resolve("BENCHMARKS.md");
        Path raw = rawDir != null ? rawDir : home.resolve("bench").resolve("results");
        BenchReport report = new BenchReport(
                "./pipeline bench" + (quick ? " --quick" : "") + (profile ? " --profile" : ""),
                plan.mode(),
                Machine.current(),
                Instant.now());
        String loadBefore = Machine.loadAverage();
        Stopwatch total = Stopwatch.start();
        BenchContext ctx = new BenchContext(plan, report);
        if (profile) {
            ctx.profileDir(home.resolve("bench").resolve("target").resolve("profiles"));
        }
        List<Stage> stages = List.of(
                new StartupStage(),
                new SinkStage(),
                new LatencyStage(),
                new ProducerStage(),
                new ScalingStage(),
                new ClassifierStage(),
                new FootprintStage());
        try {
            for (Stage stage : stages) {
                if (only == null || stage instanceof StartupStage || only.contains(number(stage))) {
                    runStage(ctx, stage);
                }
            }
        } finally {
            if (ctx.hasStack()) {
                ctx.stack().close();
            }
        }
        report.load(loadBefore, Machine.loadAverage());
        write(report, md, raw);
        log.info(
                "Benchmark {} in {} s: {}; report {}",
                plan.mode(),
                Math.round(total.seconds()),
                report.allPassed() ? "all stages passed" : "SOME STAGES FAILED",
                md);
        return report.allPassed() ? 0 : 1;
    }

    /** The number a stage's name starts with ({@code "6. Classifier throughput"} is 6), or -1. */
    static int number(Stage stage) {
        String name = stage.name();
        int dot = name.indexOf('.');
        try {
            return Integer.parseInt(name.substring(0, Math.max(0, dot)).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void runStage(BenchContext ctx, Stage stage) {
        String before = Machine.loadAverage();
        Stopwatch clock = Stopwatch.start();
        String error = null;
        if (!ctx.hasStack() && !(stage instanceof StartupStage)) {
            error = "skipped: the local stack did not start";
        } else {
            log.info("=== {} ===", stage.name());
            try {
                stage.run(ctx);
            } catch (Exception e) {
                log.error("Stage {} failed", stage.name(), e);
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        ctx.report().stage(new StageResult(stage.name(), clock.seconds(), before, Machine.loadAverage(), error));
    }

    private static void write(BenchReport report, Path md, Path raw) throws IOException {
        Files.createDirectories(raw);
        Files.writeString(md, new MarkdownWriter(epilogue()).render(report));
        Files.writeString(raw.resolve("benchmarks-" + report.mode() + ".json"), RawWriter.json(report));
        Files.writeString(raw.resolve("benchmarks-" + report.mode() + ".csv"), RawWriter.csv(report));
    }

    private static String epilogue() throws IOException {
        try (InputStream in = BenchMain.class.getResourceAsStream("/benchmarks-epilogue.md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
