package dev.gopherdrill.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Memory of the app's JVM and of PostgreSQL from Linux's /proc, for the soak (bench/reliability.sh).
 * PostgreSQL is the postmaster and its children; their resident sets all count the same shared
 * buffers, so the sum of RSS overstates it, and the proportional set size (PSS: each shared page
 * divided among the processes mapping it) is the figure that adds up. In kB; -1 when /proc
 * cannot be read.
 */
public final class ProcMemory {

    private ProcMemory() {
    }

    /** Resident set and proportional set size, kB. */
    public record Usage(long rssKb, long pssKb) {
        static final Usage UNKNOWN = new Usage(-1, -1);

        Usage plus(Usage o) {
            return new Usage(rssKb + o.rssKb, pssKb + o.pssKb);
        }
    }

    public static Usage process(long pid) {
        try {
            long rss = -1;
            long pss = -1;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Rss:")) {
                    rss = kb(line);
                } else if (line.startsWith("Pss:")) {
                    pss = kb(line);
                }
            }
            return new Usage(rss, pss);
        } catch (IOException | RuntimeException e) {
            return Usage.UNKNOWN;
        }
    }

    /** The postmaster and its live children. */
    public static Usage postgres(long postmasterPid) {
        Usage total = process(postmasterPid);
        if (total.rssKb() < 0) {
            return Usage.UNKNOWN;
        }
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long[] f = ProcCpu.statFields(Long.parseLong(name));
                if (f != null && f[1] == postmasterPid) {
                    Usage child = process(Long.parseLong(name));
                    if (child.rssKb() >= 0) {
                        total = total.plus(child);
                    }
                }
            }
        } catch (IOException e) {
            return Usage.UNKNOWN;
        }
        return total;
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
