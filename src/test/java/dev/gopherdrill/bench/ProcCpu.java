package dev.gopherdrill.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time from Linux's /proc, so that a run on a machine shared with other work can say
 * how much CPU the app and PostgreSQL spent per answer, and how much went elsewhere.
 * Times are in clock ticks (USER_HZ, 100 per second on Linux). Everything returns -1
 * when /proc cannot be read.
 *
 * <p>{@code main} prints one snapshot, {@code app=<ticks> pg=<ticks> busy=<ticks> total=<ticks>},
 * for bench/run.sh: {@code ProcCpu <app pid> <postmaster pid>}.
 */
public final class ProcCpu {

    public static final double TICKS_PER_SECOND = 100.0;

    private ProcCpu() {
    }

    /** CPU of a whole moment: the app JVM, PostgreSQL (all its processes), and the machine. */
    public record Snapshot(long app, long pg, long self, long machineBusy, long machineTotal) {

        public static Snapshot take(long appPid, long postmasterPid) {
            long[] m = machine();
            return new Snapshot(appPid > 0 ? process(appPid, false) : -1,
                    postmasterPid > 0 ? postgres(postmasterPid) : -1, process(ProcessHandle.current().pid(), false),
                    m[0], m[1]);
        }
    }

    /** utime + stime of one process (its threads included), plus its reaped children's if asked. */
    public static long process(long pid, boolean withReapedChildren) {
        long[] f = statFields(pid);
        if (f == null) {
            return -1;
        }
        return f[11] + f[12] + (withReapedChildren ? f[13] + f[14] : 0);
    }

    /**
     * The postmaster, its live children (backends, background workers), and the children it
     * already reaped (connections that closed), which the kernel adds to its cutime/cstime.
     */
    public static long postgres(long postmasterPid) {
        long total = process(postmasterPid, true);
        if (total < 0) {
            return -1;
        }
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long[] f = statFields(Long.parseLong(name));
                if (f != null && f[1] == postmasterPid) {
                    total += f[11] + f[12];
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return total;
    }

    /**
     * utime + stime of each thread of a process, summed by thread name with the digits
     * taken out ("executor-thread-12" and "executor-thread-3" both count as "executor-thread-#"),
     * to see whether a JVM spends its CPU on requests, the JIT compiler or the garbage collector.
     */
    public static Map<String, Long> threads(long pid) {
        Map<String, Long> byName = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "#");
                    long[] f = statFields(Long.parseLong(task.getFileName().toString()), stat);
                    if (f != null) {
                        byName.merge(name, f[11] + f[12], Long::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return byName;
    }

    /** {busy, total} ticks of all CPUs since boot, from the first line of /proc/stat. */
    public static long[] machine() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] t = lines.get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < t.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
                total += Long.parseLong(t[i]);
            }
            long idle = Long.parseLong(t[4]) + Long.parseLong(t[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    /** The fields of /proc/pid/stat after "pid (comm)": [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
    static long[] statFields(long pid) {
        try {
            return statFields(pid, Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException e) {
            return null;
        }
    }

    static long[] statFields(long pid, String s) {
        try {
            String[] t = s.substring(s.lastIndexOf(')') + 2).trim().split(" ");
            long[] f = new long[15];
            for (int i = 1; i < 15; i++) {
                f[i] = Long.parseLong(t[i]);
            }
            return f;
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static void main(String[] args) {
        long app = args.length > 0 ? Long.parseLong(args[0]) : -1;
        long pm = args.length > 1 ? Long.parseLong(args[1]) : -1;
        Snapshot s = Snapshot.take(app, pm);
        System.out.printf(Locale.ROOT, "app=%d pg=%d busy=%d total=%d%n", s.app(), s.pg(), s.machineBusy(), s.machineTotal());
    }
}
