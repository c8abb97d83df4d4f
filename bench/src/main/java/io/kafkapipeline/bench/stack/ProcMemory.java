package io.kafkapipeline.bench.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Resident memory of a process from /proc/&lt;pid&gt;/status: VmHWM (peak) and VmRSS (now), in MB. */
public final class ProcMemory {

    private ProcMemory() {}

    public static OptionalLong peakMb(long pid) {
        return field(pid, "VmHWM:");
    }

    public static OptionalLong currentMb(long pid) {
        return field(pid, "VmRSS:");
    }

    private static OptionalLong field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(name)) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
