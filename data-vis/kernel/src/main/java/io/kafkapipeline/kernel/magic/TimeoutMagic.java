package io.kafkapipeline.kernel.magic;

import io.kafkapipeline.kernel.eval.CellEvaluator;
import java.time.Duration;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;

/** {@code %timeout [SECONDS]}: shows or sets the per-cell time limit for this session (0: none). */
final class TimeoutMagic implements LineMagic<Void, BaseKernel> {

    private final CellEvaluator evaluator;

    TimeoutMagic(CellEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Void eval(BaseKernel kernel, List<String> args) {
        if (args.size() > 1) {
            throw new IllegalArgumentException("%timeout takes one number of seconds, e.g. %timeout 60");
        }
        if (args.size() == 1) {
            long seconds;
            try {
                seconds = Long.parseLong(args.get(0));
            } catch (NumberFormatException e) {
                seconds = -1;
            }
            if (seconds < 0) {
                throw new IllegalArgumentException("%timeout: '" + args.get(0) + "' is not a number of seconds >= 0");
            }
            evaluator.timeout(Duration.ofSeconds(seconds));
        }
        long now = evaluator.timeout().toSeconds();
        System.out.println(now == 0 ? "Cells run without a time limit." : "Each cell may run " + now + " s.");
        return null;
    }
}
