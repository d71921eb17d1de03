package dev.gopherdrill.simulation.context;

import java.util.Locale;

/**
 * Go's {@code time.Duration} arithmetic the programs print: {@code String()} and
 * {@code Round(m)}, on nanoseconds, so the model writes exactly what Go writes.
 */
final class GoDuration {

    static final long MICROSECOND = 1_000;
    static final long MILLISECOND = 1_000_000;
    static final long SECOND = 1_000_000_000;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;

    private GoDuration() {
    }

    /**
     * {@code Duration.String}: "1h0m0s", "1.5s", "500ms", "2µs", "0s"; below a second the
     * unit shrinks to ms, µs or ns; fractions drop their trailing zeros.
     */
    static String string(long d) {
        if (d == 0) {
            return "0s";
        }
        if (d == Long.MIN_VALUE) {
            return "-2562047h47m16.854775808s";
        }
        String sign = d < 0 ? "-" : "";
        long u = Math.abs(d);
        if (u < SECOND) {
            if (u < MICROSECOND) {
                return sign + u + "ns";
            }
            if (u < MILLISECOND) {
                return sign + fixed(u, 3) + "µs";
            }
            return sign + fixed(u, 6) + "ms";
        }
        long secs = u / SECOND;
        String s = fixed(u % SECOND + (secs % 60) * SECOND, 9) + "s";
        long mins = secs / 60;
        if (mins == 0) {
            return sign + s;
        }
        long hours = mins / 60;
        String m = (mins % 60) + "m";
        return sign + (hours > 0 ? hours + "h" : "") + m + s;
    }

    /** {@code Duration.Round(m)}: halves round away from zero. */
    static long round(long d, long m) {
        long r = d % m;
        if (d < 0) {
            r = -r;
            return r + r < m ? d + r : d - m + r;
        }
        return r + r < m ? d - r : d + m - r;
    }

    /** {@code v / 10^prec} with the fraction's trailing zeros (and a bare point) dropped. */
    private static String fixed(long v, int prec) {
        long scale = (long) Math.pow(10, prec);
        String frac = String.format(Locale.ROOT, "%0" + prec + "d", v % scale).replaceAll("0+$", "");
        return (v / scale) + (frac.isEmpty() ? "" : "." + frac);
    }
}
