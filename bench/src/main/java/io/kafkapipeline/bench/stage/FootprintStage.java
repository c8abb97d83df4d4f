package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.report.Figure;
import io.kafkapipeline.bench.stack.ProcMemory;
import io.kafkapipeline.stack.node.StackNode;
import java.util.List;

/** Peak RSS (VmHWM) of every server of the stack and of the benchmark JVM itself, after all other stages. */
public final class FootprintStage implements Stage {

    @Override
    public String name() {
        return "4b. Footprint after the run";
    }

    @Override
    public void run(BenchContext ctx) {
        for (StackNode node : ctx.stack().stack().nodes()) {
            long pid =
                    node.jvm().pid().orElseThrow(() -> new IllegalStateException(node.displayName() + " not running"));
            ProcMemory.peakMb(pid)
                    .ifPresent(mb -> ctx.report()
                            .add(new Figure(
                                    StartupStage.NAME,
                                    "peak RSS of " + node.displayName() + " over the run",
                                    "MB",
                                    List.of((double) mb),
                                    "VmHWM at the end of the run (one reading)")));
        }
        ProcMemory.peakMb(ProcessHandle.current().pid())
                .ifPresent(mb -> ctx.report()
                        .add(new Figure(
                                StartupStage.NAME,
                                "peak RSS of the benchmark JVM",
                                "MB",
                                List.of((double) mb),
                                "generator, driver, clients")));
    }
}
