package io.kafkapipeline.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a run was measured on. */
public record Machine(int cores, String cpuModel, long memoryMb, String jdk, String os) {

    public static Machine current() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                readCpuModel(),
                readMemoryMb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg prints them ("n/a" off Linux). */
    public static String loadAverage() {
        List<String> lines = read(Path.of("/proc/loadavg"));
        if (lines.isEmpty()) {
            return "n/a";
        }
        String[] parts = lines.get(0).split("\\s+");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : lines.get(0);
    }

    public String describe() {
        return cores + " cores (" + cpuModel + "), " + memoryMb + " MB memory, " + jdk + ", " + os;
    }

    private static String readCpuModel() {
        return read(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst()
                .orElse("unknown CPU");
    }

    private static long readMemoryMb() {
        return read(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                .findFirst()
                .orElse(-1L);
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
