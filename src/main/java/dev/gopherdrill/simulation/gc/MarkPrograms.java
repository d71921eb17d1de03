package dev.gopherdrill.simulation.gc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.gopherdrill.simulation.gc.TriColor.Action;
import dev.gopherdrill.simulation.gc.TriColor.Field;
import dev.gopherdrill.simulation.gc.TriColor.Graph;
import dev.gopherdrill.simulation.gc.TriColor.Read;
import dev.gopherdrill.simulation.gc.TriColor.Write;

/**
 * A {@link MarkScenario} as a Go program that builds the graph, makes the mutator's writes in
 * the schedule's order, forces the collector and prints which objects were freed.
 *
 * <h2>What it can and cannot show</h2>
 * A program cannot make the real collector interleave with it step by step, so the collector's
 * steps are comments. What it checks is the end: after {@code runtime.GC()} twice, the objects
 * freed are exactly those unreachable from the globals and main's stack once the writes are
 * done. A cycle frees a subset of those (white at mark termination); the rest, floating garbage
 * shaded before it was unlinked, goes in the next cycle, which the second forced GC is.
 *
 * <h2>How it sees frees</h2>
 * Each object {@code T} points to a {@code tag} carrying its name, and the finalizer is on the
 * tag. The tag is reachable only through its object and points to nothing, so it is unreachable
 * in exactly the cycle that frees the object. A finalizer on {@code T} itself would be wrong
 * twice over: the runtime keeps everything a finalizer's object points to alive for another
 * cycle ({@code markrootSpans} scans it), so a chain needs one cycle per link, and objects in a
 * cycle (allowed here) would never be finalized at all. Tags hold a string, so they have a
 * pointer and never go to the tiny allocator, which packs pointer-free objects under 16 bytes into
 * one block that is freed only when all of them are dead.
 *
 * <h2>Deterministic waiting</h2>
 * {@code begin(n)} adds the model's count of unreachable objects to a WaitGroup before anything is
 * allocated (a natural GC could otherwise finalize early garbage first); each tag's finalizer calls
 * {@code Done}; {@code collect} waits for it (10 s at most) and prints the names sorted. An extra
 * free would make the counter negative and panic. A round number lets many programs share one
 * process (the differential test batches them): finalizers of earlier programs' objects are ignored.
 * Object variables are used only while the writes need them, and the stack slots are kept alive with
 * {@code runtime.KeepAlive}: Go's liveness analysis would otherwise drop them at their last use.
 */
public final class MarkPrograms {

    private MarkPrograms() {
    }

    static final String PRELUDE = """
            package main

            import (
            \t"fmt"
            \t"runtime"
            \t"sort"
            \t"strings"
            \t"sync"
            \t"time"
            )

            // T is an object of the question: two pointer fields, and a tag that reports its death.
            type T struct {
            \tl, r *T
            \ttag  *tag
            }

            // tag is reachable only through its object and points to nothing, so its finalizer
            // runs in the cycle that frees the object, whatever the objects point to.
            type tag struct {
            \tname  string
            \tround int
            }

            var (
            \tmu    sync.Mutex
            \tround int
            \tfreed []string
            \twg    sync.WaitGroup
            )

            // g1 and g2 are the globals of the question.
            var g1, g2 *T

            func report(t *tag) {
            \tmu.Lock()
            \tdefer mu.Unlock()
            \tif t.round == round {
            \t\tfreed = append(freed, t.name)
            \t\twg.Done()
            \t}
            }

            func obj(name string) *T {
            \tt := &tag{name: name, round: round}
            \truntime.SetFinalizer(t, report)
            \treturn &T{tag: t}
            }

            // begin starts a round that expects n objects to be freed.
            func begin(n int) {
            \tmu.Lock()
            \tround++
            \tfreed = nil
            \tmu.Unlock()
            \twg.Add(n)
            }

            // collect forces two GCs, waits for the expected finalizers and prints the freed objects.
            func collect() {
            \truntime.GC()
            \truntime.GC()
            \tdone := make(chan struct{})
            \tgo func() {
            \t\twg.Wait()
            \t\tclose(done)
            \t}()
            \tselect {
            \tcase <-done:
            \tcase <-time.After(10 * time.Second):
            \t\tfmt.Println("timeout: not every unreachable object was finalized")
            \t}
            \tmu.Lock()
            \tnames := append([]string(nil), freed...)
            \tmu.Unlock()
            \tsort.Strings(names)
            \tif len(names) == 0 {
            \t\tnames = []string{"none"}
            \t}
            \tfmt.Println("freed:", strings.Join(names, " "))
            }

            """;

    /** The whole program. */
    public static String program(MarkScenario s) {
        TriColor m = new TriColor(s.graph(), s.barrier());
        Graph g = s.graph();
        MarkScenario.Run run = s.run();
        StringBuilder b = new StringBuilder(PRELUDE);
        b.append("func main() {\n");
        b.append("\tbegin(").append(run.unreachable().size()).append(") // unreachable when the writes are done: ")
                .append(run.unreachable().isEmpty() ? "none" : String.join(" ", run.unreachable())).append('\n');
        Set<Integer> named = named(s);
        for (int x = 0; x < g.names().size(); x++) {
            String n = g.names().get(x);
            if (named.contains(x)) {
                b.append('\t').append(n).append(" := obj(\"").append(n).append("\")\n");
            } else {
                b.append("\tobj(\"").append(n).append("\") // nothing points to ").append(n).append('\n');
            }
        }
        for (int x = 0; x < g.names().size(); x++) {
            for (int f = 0; f < 2; f++) {
                if (g.fields()[x][f] != TriColor.NIL) {
                    b.append('\t').append(g.names().get(x)).append('.').append(TriColor.FIELDS.get(f)).append(" = ")
                            .append(TriColor.n(g, g.fields()[x][f])).append('\n');
                }
            }
        }
        b.append("\tg1, g2 = ").append(TriColor.n(g, g.globals()[0])).append(", ")
                .append(g.globals().length > 1 ? TriColor.n(g, g.globals()[1]) : "nil").append('\n');
        b.append("\tvar s1, s2 *T // main's stack slots\n");
        for (int i = 0; i < g.slots().length; i++) {
            if (g.slots()[i] != TriColor.NIL) {
                b.append("\ts").append(i + 1).append(" = ").append(TriColor.n(g, g.slots()[i])).append('\n');
            }
        }
        b.append("\n\t// Marking starts. The collector's steps of the question are comments.\n");
        int k = 0;
        for (Action a : s.schedule()) {
            k++;
            if (a instanceof Write w) {
                b.append('\t').append(m.text(w)).append(" // ").append(k).append(". ")
                        .append(w.dest() instanceof TriColor.Slot ? "stack write: no barrier" : "write barrier")
                        .append('\n');
            } else {
                b.append("\t// ").append(k).append(". ").append(m.text(a)).append('\n');
            }
        }
        b.append("\n\tcollect()\n\truntime.KeepAlive(s1)\n\truntime.KeepAlive(s2)\n}\n");
        return b.toString();
    }

    /** What the program prints: the objects unreachable at the end. */
    public static String stdout(MarkScenario.Run run) {
        return "freed: " + (run.unreachable().isEmpty() ? "none" : String.join(" ", run.unreachable())) + "\n";
    }

    /** Objects the program needs a variable for: in a field, a root, or a write. */
    private static Set<Integer> named(MarkScenario s) {
        Graph g = s.graph();
        Set<Integer> named = new LinkedHashSet<>();
        for (int x = 0; x < g.names().size(); x++) {
            for (int t : g.fields()[x]) {
                if (t != TriColor.NIL) {
                    named.add(x);
                    named.add(t);
                }
            }
        }
        List<Integer> roots = new ArrayList<>();
        for (int t : g.globals()) {
            roots.add(t);
        }
        for (int t : g.slots()) {
            roots.add(t);
        }
        roots.stream().filter(t -> t != TriColor.NIL).forEach(named::add);
        for (Action a : s.schedule()) {
            if (a instanceof Write w) {
                if (w.dest() instanceof Field f) {
                    named.add(f.object());
                }
                if (w.value() instanceof Read r && r.from() instanceof Field f) {
                    named.add(f.object());
                }
            }
        }
        return named;
    }
}
