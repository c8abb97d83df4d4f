package io.kafkapipeline.kernel;

import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.kernel.eval.CellEvaluator;
import io.kafkapipeline.kernel.jupyter.JavaKernel;
import io.kafkapipeline.kernel.jupyter.ParentWatch;
import io.kafkapipeline.kernel.magic.Magics;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * The kernel process: {@code java -cp <kernelspec>/lib/* io.kafkapipeline.kernel.KernelMain <connection-file>}, as
 * the kernelspec's {@code kernel.json} has Jupyter start it. Binds the five ZeroMQ sockets of the connection file and
 * serves until Jupyter shuts it down (or exits).
 */
public final class KernelMain {

    private KernelMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp <kernelspec>/lib/* " + KernelMain.class.getName()
                    + " <connection-file>   (Jupyter starts it from the kernelspec's kernel.json)");
            System.exit(2);
        }
        KernelSettings settings;
        try {
            settings = KernelSettings.from(Env.system());
        } catch (ConfigException e) {
            System.err.println("java kernel: " + e.getMessage());
            System.exit(1);
            return;
        }
        long start = System.nanoTime();
        KernelConnectionProperties connection = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        CellEvaluator evaluator = CellEvaluator.start(settings.cellTimeout());
        addClasspath(evaluator, settings.classpath());
        JavaKernel kernel = JavaKernel.create(evaluator);
        JupyterConnection jupyter = new JupyterConnection(connection);
        kernel.becomeHandlerForConnection(jupyter);
        kernel.onStartup();
        ParentWatch.exitWhenGone(System.getenv("JPY_PARENT_PID"));
        jupyter.connect();
        System.err.printf(
                "java kernel %s ready in %d ms (JDK %s, folder %s)%n",
                kernel.getVersion(),
                (System.nanoTime() - start) / 1_000_000,
                Runtime.version(),
                Paths.get("").toAbsolutePath());
        jupyter.waitUntilClose();
        // Threads that notebook code started (a driver's, a pool's) must not keep the process alive.
        System.exit(0);
    }

    /** KERNEL_CLASSPATH: entries that match nothing are reported, not fatal (the kernel must still start). */
    private static void addClasspath(CellEvaluator evaluator, String classpath) {
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                Magics.resolveClasspath("KERNEL_CLASSPATH", entry)
                        .forEach(
                                p -> evaluator.addToClasspath(p.toAbsolutePath().toString()));
            } catch (IllegalArgumentException e) {
                System.err.println("java kernel: " + e.getMessage());
            }
        }
    }
}
