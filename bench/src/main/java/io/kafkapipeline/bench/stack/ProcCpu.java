package io.kafkapipeline.bench.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * CPU time a process has used so far (user + system, all threads), from {@code /proc/<pid>/stat}. The difference of
 * two readings over a trial is that process's CPU for the trial, whatever else runs on the machine: unlike a rate,
 * it does not stretch when other processes take the cores.
 */
public final class ProcCpu {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ: 100 on every Linux architecture in use). */
    static final double TICKS_PER_SECOND = 100;

    private ProcCpu() {}

    /** Milliseconds of CPU the process used since it started; empty without /proc or once it exited. */
    public static OptionalDouble millis(long pid) {
        try {
            return OptionalDouble.of(parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    /** utime + stime (fields 14 and 15) of a stat line, in milliseconds; the name in parentheses may hold spaces. */
    static double parse(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** Readings of several processes at once, for a difference over a trial. */
    public record Reading(double[] cpuMillis) {

        public static Reading of(long... pids) {
            double[] m = new double[pids.length];
            for (int i = 0; i < pids.length; i++) {
                m[i] = ProcCpu.millis(pids[i]).orElse(Double.NaN);
            }
            return new Reading(m);
        }

        /** CPU milliseconds of process {@code i} between {@code start} and this reading (NaN if unknown). */
        public double since(Reading start, int i) {
            return cpuMillis[i] - start.cpuMillis[i];
        }
    }
}
