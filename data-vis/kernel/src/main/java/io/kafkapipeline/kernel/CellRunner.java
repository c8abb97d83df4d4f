package io.kafkapipeline.kernel;

import io.kafkapipeline.kernel.eval.CellEvaluator;
import io.kafkapipeline.kernel.eval.CellException;
import io.kafkapipeline.kernel.eval.CellValue;
import io.kafkapipeline.kernel.magic.CellParser;
import io.kafkapipeline.kernel.magic.CellPart;
import io.kafkapipeline.kernel.magic.Magics;
import java.util.Optional;
import org.dflib.jjava.jupyter.kernel.BaseKernel;

/** Runs one cell: its magic lines and its Java code, in order, under the per-cell timeout. */
public final class CellRunner {

    private final CellEvaluator evaluator;
    private final Magics magics;

    public CellRunner(CellEvaluator evaluator, Magics magics) {
        this.evaluator = evaluator;
        this.magics = magics;
    }

    /**
     * The cell's value (that of its last part, when that is an expression), or the cell's error.
     *
     * @param label how tracebacks name the cell, e.g. {@code In[3]}
     */
    public Optional<CellValue> run(BaseKernel kernel, String cell, String label) throws CellException {
        evaluator.cellStarted(label);
        try {
            Optional<CellValue> value = Optional.empty();
            for (CellPart part : CellParser.parse(cell)) {
                if (part instanceof CellPart.Magic magic) {
                    magics.run(kernel, magic);
                    value = Optional.empty();
                } else {
                    CellPart.Code code = (CellPart.Code) part;
                    value = evaluator.evaluate(code.source(), code.line());
                }
            }
            return value;
        } finally {
            evaluator.cellEnded();
        }
    }
}
