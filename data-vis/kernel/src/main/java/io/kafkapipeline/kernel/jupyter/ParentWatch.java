package io.kafkapipeline.kernel.jupyter;

import java.util.Optional;

/**
 * Ends the kernel when the Jupyter server that started it is gone ({@code JPY_PARENT_PID}, set by jupyter_client):
 * a server killed without shutting its kernels down must not leave JVMs behind.
 */
public final class ParentWatch {

    private ParentWatch() {}

    public static void exitWhenGone(String parentPid) {
        if (parentPid == null || !parentPid.strip().matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(parentPid.strip()));
        if (parent.isEmpty()) {
            System.err.println("java kernel: Jupyter (pid " + parentPid.strip() + ") is gone; exiting");
            System.exit(1);
        }
        parent.get().onExit().thenRun(() -> {
            System.err.println("java kernel: Jupyter (pid " + parentPid.strip() + ") exited; exiting");
            Runtime.getRuntime().halt(0);
        });
    }
}
