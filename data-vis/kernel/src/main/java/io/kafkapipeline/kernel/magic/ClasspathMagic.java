package io.kafkapipeline.kernel.magic;

import io.kafkapipeline.kernel.eval.CellEvaluator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.dflib.jjava.jupyter.kernel.util.PathsHandler;

/**
 * {@code %classpath PATH...} and its older name {@code %jars PATH...} (JJava's, kept for the notebooks): adds jars
 * and class folders to the classpath. A path may hold several entries separated by {@code :} and globs
 * ({@code ../target/lib/*.jar}, {@code lib/*}); relative paths are relative to the kernel's folder, which Jupyter sets
 * to the notebook's. A path that matches nothing fails the cell.
 */
final class ClasspathMagic implements LineMagic<Void, BaseKernel> {

    private final String name;
    private final CellEvaluator evaluator;

    ClasspathMagic(String name, CellEvaluator evaluator) {
        this.name = name;
        this.evaluator = evaluator;
    }

    @Override
    public Void eval(BaseKernel kernel, List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(
                    "%" + name + " needs at least one path, e.g. %" + name + " ../target/lib/*.jar");
        }
        List<Path> entries = new ArrayList<>();
        for (String arg : args) {
            entries.addAll(resolve(name, arg));
        }
        evaluator.addToClasspath(PathsHandler.joinPaths(entries));
        return null;
    }

    /** The files a classpath text names; fails naming the entry that matches nothing. */
    static List<Path> resolve(String what, String classpath) {
        List<Path> entries = new ArrayList<>();
        for (String entry : PathsHandler.split(classpath)) {
            List<Path> found;
            try {
                found = PathsHandler.resolveGlobs(entry);
            } catch (RuntimeException e) { // a folder of the glob is missing
                found = List.of();
            }
            if (found.isEmpty()) {
                throw new IllegalArgumentException(what + ": " + entry + " matches no file (relative to "
                        + Path.of("").toAbsolutePath() + ")");
            }
            entries.addAll(found);
        }
        return entries;
    }
}
