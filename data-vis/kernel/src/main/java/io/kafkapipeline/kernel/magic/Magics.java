package io.kafkapipeline.kernel.magic;

import io.kafkapipeline.kernel.eval.CellEvaluator;
import io.kafkapipeline.kernel.eval.CellException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.magic.UndefinedMagicException;

/** The kernel's line magics, in jjava-jupyter's registry: {@code %classpath}, {@code %jars}, {@code %timeout}. */
public final class Magics {

    private final MagicsRegistry registry;

    public Magics(MagicsRegistry registry, CellEvaluator evaluator) {
        this.registry = registry;
        registry.registerLineMagic("classpath", new ClasspathMagic("%classpath", evaluator));
        registry.registerLineMagic("jars", new ClasspathMagic("%jars", evaluator));
        registry.registerLineMagic("timeout", new TimeoutMagic(evaluator));
    }

    /** Runs one magic line; a failure is a cell error naming the magic. */
    public void run(BaseKernel kernel, CellPart.Magic magic) throws CellException {
        try {
            registry.evalLineMagic(kernel, magic.name(), magic.args());
        } catch (UndefinedMagicException e) {
            throw CellException.of(
                    "UndefinedMagicException",
                    "%" + magic.name() + " is not a magic of this kernel (it knows "
                            + names().stream().map(n -> "%" + n).collect(Collectors.joining(", ")) + ")");
        } catch (IllegalArgumentException e) {
            throw CellException.of("MagicException", e.getMessage());
        } catch (Exception e) {
            throw CellException.of("MagicException", "%" + magic.name() + " failed: " + e);
        }
    }

    /** The magic names, sorted, without the {@code %}. */
    public Set<String> names() {
        return new TreeSet<>(registry.getLineMagicNames());
    }

    /**
     * The files of a classpath text (entries separated by ':', globs allowed, relative to the kernel's folder);
     * fails naming an entry that matches nothing.
     */
    public static List<Path> resolveClasspath(String what, String classpath) {
        return ClasspathMagic.resolve(what, classpath);
    }
}
