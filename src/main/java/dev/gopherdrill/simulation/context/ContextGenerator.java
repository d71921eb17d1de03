package dev.gopherdrill.simulation.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.context.ContextScenario.Advance;
import dev.gopherdrill.simulation.context.ContextScenario.AfterFunc;
import dev.gopherdrill.simulation.context.ContextScenario.Ask;
import dev.gopherdrill.simulation.context.ContextScenario.Cancel;
import dev.gopherdrill.simulation.context.ContextScenario.Derive;
import dev.gopherdrill.simulation.context.ContextScenario.Key;
import dev.gopherdrill.simulation.context.ContextScenario.Op;
import dev.gopherdrill.simulation.context.ContextScenario.Query;
import dev.gopherdrill.simulation.context.ContextScenario.With;
import dev.gopherdrill.simulation.context.ContextScenario.WithCancel;
import dev.gopherdrill.simulation.context.ContextScenario.WithTimeout;
import dev.gopherdrill.simulation.context.ContextScenario.WithValue;
import dev.gopherdrill.simulation.context.ContextScenario.WithoutCancel;

/**
 * Draws a {@link ContextScenario}: a tree of {@code contexts} derived contexts named a, b, c ...,
 * a few cancels, at most one sleep, and prints of one kind ({@link Focus}) at the end.
 *
 * The draws aim at the phenomena interviews ask about, so each comes up often:
 * <ul>
 * <li>parents: the previous context 45 % of the time (deep chains, where a cancel or a
 *     deadline travels several levels), another earlier one 40 %, the root 15 %
 *     (siblings, which a cancel must not touch);</li>
 * <li>timeouts: at least half an hour away 45 % (they never fire, and a child's later
 *     one loses to them), a few seconds away 30 % (the program then sleeps past them),
 *     already past 25 % (cancelled at once); written as {@code WithDeadline(p,
 *     time.Now().Add(d))} 30 % of the time;</li>
 * <li>values: keys of the program's type {@code key} 80 %, plain strings 20 %, so the
 *     "same text, different type" miss appears; lookups ask for keys the tree has, the
 *     untyped twin, and a key nobody set;</li>
 * <li>cancels: up to two explicit ones (at least one when the question is about
 *     {@code Err}, {@code Done}, causes or AfterFunc), anywhere after the context exists,
 *     before or after the sleep; a cancel func with a cause gets one 60 % of the time.</li>
 * </ul>
 * Constructors a release lacks are never drawn for it.
 */
final class ContextGenerator {

    /** What the prints at the end ask. */
    enum Focus {
        ERR(Ask.ERR), VALUE(Ask.VALUE), DEADLINE(Ask.DEADLINE), DONE(Ask.DONE), TYPE(Ask.TYPE),
        CAUSE(Ask.CAUSE), AFTERFUNC(Ask.STOP);

        final Ask ask;

        Focus(Ask ask) {
            this.ask = ask;
        }

        /** The first release whose programs can ask this. */
        GoVersion since() {
            return this == CAUSE ? ContextModel.CAUSE_SINCE
                    : this == AFTERFUNC ? ContextModel.AFTER_FUNC_SINCE : new GoVersion(1, 7);
        }
    }

    private static final String NAMES = "abcdefg";
    private static final long[] FAR = {30 * 60_000L, 3_600_000L, 2 * 3_600_000L, 3 * 3_600_000L};
    private static final long[] SOON = {1_000L, 2_000L};
    private static final long[] PAST = {-3_600_000L, -30 * 60_000L};
    private static final String[] KEY_NAMES = {"user", "request"};
    private static final String[] VALUES = {"alice", "bob", "carol", "dave", "erin", "frank", "grace"};
    private static final List<String> CAUSE_VARS = List.copyOf(new TreeSet<>(ContextScenario.CAUSES.keySet()));

    private ContextGenerator() {
    }

    static ContextScenario generate(SplittableRandom r, GoVersion v, int contexts, Focus focus) {
        if (contexts < 1 || contexts > NAMES.length()) {
            throw new IllegalArgumentException("1 to " + NAMES.length() + " contexts, not " + contexts);
        }
        List<Derive> derived = new ArrayList<>();
        for (int i = 0; i < contexts; i++) {
            String name = String.valueOf(NAMES.charAt(i));
            derived.add(new Derive(name, parent(r, derived), with(r, v, focus, i)));
        }
        if (focus == Focus.VALUE) {
            ensureValues(r, derived);
        } else if (focus == Focus.CAUSE) {
            ensureCause(r, derived);
        }
        List<Op> ops = new ArrayList<>(derived);
        boolean soon = derived.stream().anyMatch(d -> d.with() instanceof WithTimeout t && t.millis() > 0
                && t.millis() < ContextScenario.FAR_MILLIS);
        if (soon) {
            ops.add(new Advance());
        }
        List<String> leaves = leaves(derived);
        List<Query> queries = new ArrayList<>();
        if (focus == Focus.AFTERFUNC) {
            List<String> targets = new ArrayList<>(leaves);
            List<String> others = new ArrayList<>(derived.stream().map(Derive::name).filter(n -> !leaves.contains(n))
                    .toList());
            if (!others.isEmpty() && r.nextInt(10) < 3) {
                targets.add(others.get(r.nextInt(others.size())));
            }
            for (int i = 0; i < targets.size(); i++) {
                String stop = "stop" + (i + 1);
                insertAfter(r, ops, targets.get(i), new AfterFunc(stop, targets.get(i)));
                queries.add(new Query(Ask.STOP, stop, null));
            }
        }
        addCancels(r, ops, derived, focus);
        if (focus == Focus.VALUE) {
            queries.addAll(lookups(r, derived, leaves));
        } else if (focus != Focus.AFTERFUNC) {
            derived.forEach(d -> queries.add(new Query(focus.ask, d.name(), null)));
        }
        return new ContextScenario(r.nextInt(10) == 0, ops, queries);
    }

    private static String parent(SplittableRandom r, List<Derive> derived) {
        if (derived.isEmpty()) {
            return ContextScenario.ROOT;
        }
        int roll = r.nextInt(100);
        if (roll < 45) {
            return derived.get(derived.size() - 1).name();
        }
        return roll < 85 ? derived.get(r.nextInt(derived.size())).name() : ContextScenario.ROOT;
    }

    private static With with(SplittableRandom r, GoVersion v, Focus focus, int index) {
        boolean causes = v.compareTo(ContextModel.CAUSE_SINCE) >= 0;
        boolean go121 = v.compareTo(ContextModel.AFTER_FUNC_SINCE) >= 0;
        int cancel = 30;
        int timeout = focus == Focus.DEADLINE || focus == Focus.TYPE ? 45 : 30;
        int value = focus == Focus.VALUE ? 45 : 22;
        int cancelCause = !causes ? 0 : focus == Focus.CAUSE ? 30 : 8;
        int withoutCancel = go121 ? 6 : 0;
        int timeoutCause = !go121 ? 0 : focus == Focus.CAUSE ? 12 : 4;
        int[] weights = {cancel, timeout, value, cancelCause, withoutCancel, timeoutCause};
        int roll = r.nextInt(Arrays.stream(weights).sum());
        int kind = 0;
        while (roll >= weights[kind]) {
            roll -= weights[kind++];
        }
        return switch (kind) {
            case 0 -> new WithCancel(false);
            case 1 -> timeout(r, null);
            case 2 -> value(r, index);
            case 3 -> new WithCancel(true);
            case 4 -> new WithoutCancel();
            default -> timeout(r, CAUSE_VARS.get(r.nextInt(CAUSE_VARS.size())));
        };
    }

    private static WithTimeout timeout(SplittableRandom r, String cause) {
        int roll = r.nextInt(100);
        long[] pool = roll < 45 ? FAR : roll < 75 ? SOON : PAST;
        return new WithTimeout(pool[r.nextInt(pool.length)], r.nextInt(10) < 3, cause);
    }

    private static WithValue value(SplittableRandom r, int index) {
        return new WithValue(new Key(r.nextInt(10) < 8, KEY_NAMES[r.nextInt(KEY_NAMES.length)]), VALUES[index]);
    }

    /** A value question needs at least two pairs to shadow or miss. */
    private static void ensureValues(SplittableRandom r, List<Derive> derived) {
        for (int tries = 0; derived.stream().filter(d -> d.with() instanceof WithValue).count() < 2 && tries < 20;
                tries++) {
            int i = r.nextInt(derived.size());
            Derive d = derived.get(i);
            derived.set(i, new Derive(d.name(), d.parent(), value(r, i)));
        }
    }

    /** A cause question needs a context that can take a cause. */
    private static void ensureCause(SplittableRandom r, List<Derive> derived) {
        boolean has = derived.stream().anyMatch(d -> ContextScenario.takesCause(d.with())
                || d.with() instanceof WithTimeout t && t.cause() != null);
        if (!has) {
            int i = r.nextInt(derived.size());
            Derive d = derived.get(i);
            derived.set(i, new Derive(d.name(), d.parent(), new WithCancel(true)));
        }
    }

    private static void addCancels(SplittableRandom r, List<Op> ops, List<Derive> derived, Focus focus) {
        boolean wantsOne = focus == Focus.ERR || focus == Focus.DONE || focus == Focus.CAUSE
                || focus == Focus.AFTERFUNC;
        int count = wantsOne ? 1 + r.nextInt(2) : r.nextInt(3);
        List<Derive> candidates = new ArrayList<>(derived.stream().filter(d -> ContextScenario.cancellable(d.with()))
                .toList());
        for (int i = 0; i < count && !candidates.isEmpty(); i++) {
            Derive d = candidates.remove(r.nextInt(candidates.size()));
            String cause = ContextScenario.takesCause(d.with()) && r.nextInt(10) < 6
                    ? CAUSE_VARS.get(r.nextInt(CAUSE_VARS.size())) : null;
            insertAfter(r, ops, d.name(), new Cancel(d.name(), cause));
        }
    }

    /** Somewhere after {@code name} is declared. */
    private static void insertAfter(SplittableRandom r, List<Op> ops, String name, Op op) {
        int at = 0;
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i) instanceof Derive d && d.name().equals(name)) {
                at = i + 1;
            }
        }
        ops.add(at + r.nextInt(ops.size() - at + 1), op);
    }

    private static List<String> leaves(List<Derive> derived) {
        Set<String> parents = new HashSet<>();
        derived.forEach(d -> parents.add(d.parent()));
        return derived.stream().map(Derive::name).filter(n -> !parents.contains(n)).toList();
    }

    /**
     * One or two lookups on each leaf: a key the tree holds, its untyped (or typed) twin,
     * or a key nobody set (one each when there are many leaves).
     */
    private static List<Query> lookups(SplittableRandom r, List<Derive> derived, List<String> leaves) {
        List<Key> held = new ArrayList<>();
        derived.forEach(d -> {
            if (d.with() instanceof WithValue v && !held.contains(v.key())) {
                held.add(v.key());
            }
        });
        List<Query> out = new ArrayList<>();
        for (String leaf : leaves) {
            int n = out.size() + leaves.size() > 5 ? 1 : 1 + r.nextInt(2);
            Set<Key> asked = new HashSet<>();
            for (int i = 0; i < n; i++) {
                Key k = lookupKey(r, held);
                if (asked.add(k)) {
                    out.add(new Query(Ask.VALUE, leaf, k));
                }
            }
        }
        return out;
    }

    private static Key lookupKey(SplittableRandom r, List<Key> held) {
        int roll = r.nextInt(100);
        if (roll < 60 && !held.isEmpty()) {
            return held.get(r.nextInt(held.size()));
        }
        if (roll < 85 && !held.isEmpty()) {
            Key k = held.get(r.nextInt(held.size()));
            return new Key(!k.typed(), k.name());
        }
        return new Key(true, KEY_NAMES[r.nextInt(KEY_NAMES.length)]);
    }
}
