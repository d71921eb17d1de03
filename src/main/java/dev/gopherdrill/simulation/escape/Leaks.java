package dev.gopherdrill.simulation.escape;

import java.util.Arrays;

/**
 * escape.leaks (leaks.go): where a parameter's value goes once its function returns, as
 * derefs+1 per sink (0 = no leak), index 0 the heap, 1.. the results. A function's tags
 * are one of these per receiver and parameter; callers in later batches read them instead
 * of re-walking the callee.
 */
final class Leaks {

    static final int NUM_ESC_RESULTS = 7; // escape.numEscResults

    private final int[] l = new int[1 + NUM_ESC_RESULTS];

    static Leaks none() {
        return new Leaks();
    }

    static Leaks heap() {
        Leaks x = new Leaks();
        x.add(0, 0);
        return x;
    }

    static Leaks content() {
        Leaks x = new Leaks();
        x.add(0, 1);
        return x;
    }

    static Leaks toResult0(int derefs) {
        Leaks x = new Leaks();
        x.add(1, derefs);
        return x;
    }

    int get(int i) {
        return l[i] - 1;
    }

    void add(int i, int derefs) {
        int old = get(i);
        if (old < 0 || derefs < old) {
            l[i] = Math.min(derefs + 1, 255);
        }
    }

    boolean empty() {
        return Arrays.stream(l).allMatch(v -> v == 0);
    }

    /** leaks.Optimize: a result leak no shallower than the heap leak is implied by it. */
    void optimize() {
        int x = get(0);
        if (x >= 0) {
            for (int i = 1; i < l.length; i++) {
                if (get(i) >= x) {
                    l[i] = 0;
                }
            }
        }
    }

    /** Encode/parseLeaks round trip: a full heap leak is stored as the empty tag, read back as heap-only. */
    Leaks encoded() {
        return get(0) == 0 ? heap() : this;
    }
}
