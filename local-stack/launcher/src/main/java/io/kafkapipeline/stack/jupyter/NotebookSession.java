package io.kafkapipeline.stack.jupyter;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./pipeline notebook}: installs the kernel, starts Jupyter over the notebooks, prints the URL with its token
 * and serves until Ctrl-C (or {@code ./pipeline down}).
 */
public final class NotebookSession {

    static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final NotebookTarget target;
    private final NotebookSettings settings;
    private final java.util.Map<String, String> env;
    private final PrintStream out;

    public NotebookSession(
            NotebookTarget target, NotebookSettings settings, java.util.Map<String, String> env, PrintStream out) {
        this.target = target;
        this.settings = settings;
        this.env = env;
        this.out = out;
    }

    /** Serves until Jupyter exits; returns 0 after a stop by Ctrl-C or {@code down}, else Jupyter's exit code. */
    public int serve() throws InterruptedException {
        Jupyter jupyter = Jupyter.find(settings.jupyterCommand(), env, List.of("lab", "notebook"));
        target.installKernel();
        String token = settings.token().orElseGet(NotebookSession::newToken);
        JupyterServer server = new JupyterServer(jupyter, target.layout(), settings.port(), token);
        long begin = System.nanoTime();
        out.println(
                jupyter.describe() + " starting (notebooks: " + target.home().relativize(target.notebookDir())
                        + ", log: " + target.layout().logFile() + ")…");
        CountDownLatch stopping = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    stopping.countDown();
                    out.println();
                    out.println("Stopping Jupyter…");
                    server.stop();
                    out.println("Stopped.");
                },
                "notebook-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            server.start(target.notebookDir(), target.kernelEnvironment());
            server.awaitReady(START_TIMEOUT);
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            server.stop();
            throw e;
        }
        out.printf(
                "Jupyter ready in %d s (port %d, pid %d)%n",
                Math.round((System.nanoTime() - begin) / 1e9), settings.port(), server.pid());
        out.println("Kernel \"Java\" (" + target.layout().kernelDir() + "): data-vis on its classpath, Cassandra at "
                + target.cassandraHost() + ":" + target.cassandraPort()
                + (target.stackRunning()
                        ? " (the local stack)"
                        : " (the local stack is not running: ./pipeline up -d)"));
        out.println("Open " + server.url());
        out.println("Press Ctrl-C to stop (./pipeline down stops it too).");
        int code = server.waitFor();
        if (stopping.getCount() > 0) {
            Runtime.getRuntime().removeShutdownHook(hook);
            out.println("Jupyter stopped (exit code " + code + ").");
            return code == 0 || code == 143 || code == 130 ? 0 : code;
        }
        return 0;
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
