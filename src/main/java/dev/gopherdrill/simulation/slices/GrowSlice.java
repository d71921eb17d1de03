package dev.gopherdrill.simulation.slices;

import java.util.ArrayList;
import java.util.List;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.SimulationInputException;

/**
 * {@code append} as {@code runtime/slice.go growslice} performs it: an append that fits in
 * the capacity only moves {@code len}; one that does not calls
 * {@code growslice(et, old, cap)} — in 1.19 {@code cap} is the <em>required length</em>
 * ({@code needed} here; Go 1.20 renamed it {@code newLen}) — which picks a capacity by
 * formula and then rounds the bytes up to a size class ({@link SizeClasses#roundUpSize}),
 * so the visible cap is {@code roundupsize(newcap * et.size) / et.size}.
 *
 * The formula by release:
 * <ul>
 * <li>Go ≥ 1.18: {@code needed > 2*old.cap} → needed; {@code old.cap < 256} → double;
 *     else repeat {@code newcap += (newcap + 3*256) / 4} until it reaches needed.</li>
 * <li>Go 1.17: threshold 1024 on {@code old.cap} and {@code newcap += newcap / 4}.</li>
 * </ul>
 * Zero-size elements never allocate: growslice returns {@code &zerobase} with cap = needed.
 *
 * Go 1.22 made allocation headers the default ({@code runtime/msize.go
 * roundupsize(size, noscan)}): an object with pointers larger than
 * {@code minSizeForMallocHeader} (512 B) carries an 8-byte header inside its size-class
 * block, so growslice gets the class size minus 8 and the cap can come out one lower
 * ({@code []*int} 512 → 847 instead of 848). That branch is read from the Go source and
 * is <em>not verified here</em> (only Go 1.19 is installed).
 *
 * Invariants (checked on every result): {@code len <= cap}; after a growth
 * {@code cap >= needed} and the bytes allocated hold cap elements but not cap + 1.
 *
 * Simplified: Go specialises et.size 1, 8 and powers of two with shifts; integer division
 * gives the same numbers. The overflow guard ({@code newcap <= 0}) and the
 * {@code maxAlloc} (2^48 on linux/amd64) panic are modelled as the panic Go raises.
 */
public final class GrowSlice {

    /** {@code maxAlloc} on 64-bit Linux: 1 << heapAddrBits (48). */
    public static final long MAX_ALLOC = 1L << 48;

    /** {@code minSizeForMallocHeader} (Go ≥ 1.22): ptrSize × 64 bits of heap bitmap kept in the span instead. */
    static final long MIN_SIZE_FOR_MALLOC_HEADER = 512;
    /** {@code mallocHeaderSize} (Go ≥ 1.22): one pointer to the type. */
    static final long MALLOC_HEADER_SIZE = 8;

    private GrowSlice() {
    }

    /** How growslice chose the new capacity. */
    public enum Rule {
        /** appending more than doubles: exactly what is needed */
        NEEDED,
        /** small slice: double */
        DOUBLE,
        /** large slice: the smooth (1.18+) or the 1.25× (1.17) step, repeated */
        STEP,
        /** zero-size elements: no memory, cap = needed */
        ZERO_SIZE
    }

    /**
     * One call to growslice.
     *
     * @param formulaCap     newcap before rounding, in elements
     * @param requestedBytes formulaCap × elemSize
     * @param allocatedBytes roundupsize(requestedBytes): the bytes the slice may use
     * @param sizeClass      the size class, 0 for a large (page-rounded) allocation
     * @param mallocHeader   Go ≥ 1.22, elements with pointers: 8 bytes of the block hold a header
     */
    public record Growth(long oldLen, long oldCap, long needed, Rule rule, int threshold, long formulaCap,
                         long requestedBytes, long allocatedBytes, int sizeClass, boolean mallocHeader, long newCap) {
    }

    /** The slice after {@code append}: {@code growth} is null when the elements fit. */
    public record Result(long len, long cap, Growth growth) {
    }

    /**
     * {@code s = append(s, <add elements>)} for {@code s} with the given len and cap.
     *
     * @throws SimulationInputException for negative values, cap < len, or a result Go cannot allocate
     */
    public static Result append(GoVersion version, long elemSize, long len, long cap, long add) {
        return append(version, elemSize, false, len, cap, add);
    }

    /** As above, for elements that contain pointers when {@code pointers} (it matters from Go 1.22 on). */
    public static Result append(GoVersion version, long elemSize, boolean pointers, long len, long cap, long add) {
        if (elemSize < 0) {
            throw new SimulationInputException("elemSize", "must not be negative");
        }
        if (len < 0 || cap < 0 || add < 0) {
            throw new SimulationInputException(len < 0 ? "len" : cap < 0 ? "cap" : "add", "must not be negative");
        }
        if (cap < len) {
            throw new SimulationInputException("cap", "cap " + cap + " is less than len " + len);
        }
        long needed = len + add;
        if (needed <= cap) {
            return new Result(needed, cap, null);
        }
        Growth g = growslice(version, elemSize, pointers, len, cap, needed);
        Result r = new Result(needed, g.newCap(), g);
        checkInvariants(r, elemSize);
        return r;
    }

    static Growth growslice(GoVersion version, long elemSize, boolean pointers, long oldLen, long oldCap, long needed) {
        if (elemSize == 0) {
            return new Growth(oldLen, oldCap, needed, Rule.ZERO_SIZE, 0, needed, 0, 0, 0, false, needed);
        }
        boolean smooth = version.atLeast(1, 18);
        int threshold = smooth ? 256 : 1024;
        long newcap = oldCap;
        long doublecap = oldCap + oldCap;
        Rule rule;
        if (needed > doublecap) {
            newcap = needed;
            rule = Rule.NEEDED;
        } else if (oldCap < threshold) {
            newcap = doublecap;
            rule = Rule.DOUBLE;
        } else {
            rule = Rule.STEP;
            while (0 < newcap && newcap < needed) {
                newcap += smooth ? (newcap + 3 * threshold) / 4 : newcap / 4;
            }
        }
        if (newcap > MAX_ALLOC / elemSize) {
            throw new SimulationInputException("cap",
                    "panic: runtime error: growslice: cap out of range (" + newcap + " × " + elemSize + " B > maxAlloc)");
        }
        long requested = newcap * elemSize;
        boolean header = version.atLeast(1, 22) && pointers && requested > MIN_SIZE_FOR_MALLOC_HEADER
                && requested <= SizeClasses.MAX_SMALL_SIZE - MALLOC_HEADER_SIZE;
        long block = header ? requested + MALLOC_HEADER_SIZE : requested;
        long allocated = SizeClasses.roundUpSize(block) - (block - requested);
        return new Growth(oldLen, oldCap, needed, rule, threshold, newcap, requested, allocated,
                SizeClasses.sizeClass(block), header, allocated / elemSize);
    }

    /** The capacities a slice goes through when elements are appended one at a time from nil. */
    public static List<Long> capsAppendingOneByOne(GoVersion version, long elemSize, long upToLen) {
        List<Long> caps = new ArrayList<>();
        long len = 0;
        long cap = 0;
        while (len < upToLen) {
            Result r = append(version, elemSize, len, cap, 1);
            if (r.growth() != null) {
                caps.add(r.cap());
            }
            // Appends that fit cannot change cap: jump to the next one that grows.
            len = Math.min(r.cap(), upToLen);
            cap = r.cap();
        }
        return caps;
    }

    /** The trace line, e.g. "cap 4, need 9 > 2×4 → newcap 9; 9×8 B = 72 B → size class 80 B → cap 10". */
    public static String explain(Growth g, long elemSize, Language language) {
        String formula = switch (g.rule()) {
            case ZERO_SIZE -> Texts.ZERO_SIZE.in(language, g.needed());
            case NEEDED -> Texts.NEEDED.in(language, g.oldCap(), g.needed(), g.oldCap(), g.formulaCap());
            case DOUBLE -> Texts.DOUBLE.in(language, g.oldCap(), g.threshold(), g.needed(), g.oldCap(), g.formulaCap());
            case STEP -> Texts.STEP.in(language, g.oldCap(), g.threshold(),
                    g.threshold() == 256 ? "newcap += (newcap + 768)/4" : "newcap += newcap/4", g.needed(),
                    g.formulaCap());
        };
        if (g.rule() == Rule.ZERO_SIZE) {
            return formula;
        }
        String rounding = g.mallocHeader()
                ? Texts.HEADER.in(language, g.sizeClass(), g.allocatedBytes() + MALLOC_HEADER_SIZE, g.allocatedBytes())
                : g.sizeClass() > 0
                ? Texts.SIZE_CLASS.in(language, g.sizeClass(), g.allocatedBytes())
                : Texts.LARGE.in(language, g.allocatedBytes());
        return Texts.ROUNDED.in(language, formula, g.formulaCap(), elemSize, g.requestedBytes(), rounding,
                g.allocatedBytes(), elemSize, g.newCap());
    }

    private static void checkInvariants(Result r, long elemSize) {
        Growth g = r.growth();
        boolean fits = elemSize == 0 || g.newCap() * elemSize <= g.allocatedBytes()
                && (g.newCap() + 1) * elemSize > g.allocatedBytes();
        if (r.len() > r.cap() || g.newCap() < g.needed() || !fits) {
            throw new IllegalStateException("growslice invariant broken: " + r);
        }
    }
}
