package dev.gopherdrill.simulation.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.context.ContextModel.AfterFuncState;
import dev.gopherdrill.simulation.context.ContextModel.NodeState;
import dev.gopherdrill.simulation.context.ContextScenario.Advance;
import dev.gopherdrill.simulation.context.ContextScenario.Ask;
import dev.gopherdrill.simulation.context.ContextScenario.Cancel;
import dev.gopherdrill.simulation.context.ContextScenario.Derive;
import dev.gopherdrill.simulation.context.ContextScenario.Key;
import dev.gopherdrill.simulation.context.ContextScenario.Op;
import dev.gopherdrill.simulation.context.ContextScenario.Query;
import dev.gopherdrill.simulation.context.ContextScenario.WithCancel;
import dev.gopherdrill.simulation.context.ContextScenario.WithTimeout;
import dev.gopherdrill.simulation.context.ContextScenario.WithValue;

/**
 * The context model on its own: golden scenarios whose outputs were recorded from real
 * runs of their programs on go1.19.8 linux/amd64 ({@link ContextDifferentialTest} re-runs
 * them on every build), the Go 1.20/1.21 additions as read from the Go source (not run
 * here), and the version gates.
 */
class ContextModelTest {

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);
    private static final GoVersion GO_1_21 = new GoVersion(1, 21);
    private static final long HOUR = 3_600_000;

    /** A scenario and the stdout real Go 1.19 printed for it. */
    record Golden(String name, ContextScenario scenario, List<String> stdout) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Derive cancel(String name, String parent) {
        return new Derive(name, parent, new WithCancel(false));
    }

    private static Derive timeout(String name, String parent, long millis) {
        return new Derive(name, parent, new WithTimeout(millis, false, null));
    }

    private static Derive value(String name, String parent, Key key, String value) {
        return new Derive(name, parent, new WithValue(key, value));
    }

    private static List<Query> ask(Ask ask, String... names) {
        return java.util.Arrays.stream(names).map(n -> new Query(ask, n, null)).toList();
    }

    private static ContextScenario scenario(List<Op> ops, List<Query> queries) {
        return new ContextScenario(false, ops, queries);
    }

    private static final Key USER = new Key(true, "user");
    private static final Key PLAIN_USER = new Key(false, "user");
    private static final Key REQUEST = new Key(true, "request");

    /** Recorded from go1.19.8 linux/amd64: each program run with `go run`, its stdout pasted. */
    static final List<Golden> GOLDEN = List.of(
            new Golden("a cancel flows down to children and through values, never up or sideways",
                    scenario(List.of(cancel("a", "ctx"), cancel("b", "a"), value("c", "b", USER, "alice"),
                            cancel("d", "c"), cancel("e", "ctx"), new Cancel("b", null)),
                            ask(Ask.ERR, "a", "b", "c", "d", "e")),
                    List.of("a: <nil>", "b: context canceled", "c: context canceled", "d: context canceled",
                            "e: <nil>")),
            new Golden("a child of a cancelled parent is cancelled as it is created",
                    scenario(List.of(cancel("a", "ctx"), new Cancel("a", null), cancel("b", "a"),
                            timeout("c", "a", HOUR), value("d", "a", USER, "bob")),
                            ask(Ask.ERR, "a", "b", "c", "d")),
                    List.of("a: context canceled", "b: context canceled", "c: context canceled",
                            "d: context canceled")),
            new Golden("a later deadline than the parent's gives a plain cancelCtx, even for the same timeout",
                    scenario(List.of(timeout("a", "ctx", HOUR), timeout("b", "a", 2 * HOUR),
                            timeout("c", "a", HOUR / 2), timeout("d", "a", HOUR)),
                            ask(Ask.TYPE, "a", "b", "c", "d")),
                    List.of("a: *context.timerCtx", "b: *context.cancelCtx", "c: *context.timerCtx",
                            "d: *context.cancelCtx")),
            new Golden("a child reports the earlier of its own and its parent's deadline",
                    scenario(List.of(timeout("a", "ctx", HOUR), timeout("b", "a", 2 * HOUR),
                            timeout("c", "a", HOUR / 2), value("d", "c", USER, "carol"), cancel("e", "ctx")),
                            ask(Ask.DEADLINE, "a", "b", "c", "d", "e")),
                    List.of("a: 1h0m0s", "b: 1h0m0s", "c: 30m0s", "d: 30m0s", "e: none")),
            new Golden("a deadline in the past cancels at once, and everything below it",
                    scenario(List.of(timeout("a", "ctx", -HOUR), value("b", "a", USER, "dave"), cancel("c", "b"),
                            timeout("d", "c", HOUR)),
                            ask(Ask.ERR, "a", "b", "c", "d")),
                    List.of("a: context deadline exceeded", "b: context deadline exceeded",
                            "c: context deadline exceeded", "d: context deadline exceeded")),
            new Golden("a past timeout under a cancelled parent keeps the parent's error",
                    scenario(List.of(cancel("a", "ctx"), new Cancel("a", null), timeout("b", "a", -HOUR)),
                            ask(Ask.ERR, "a", "b")),
                    List.of("a: context canceled", "b: context canceled")),
            new Golden("timers fire while the program sleeps; a cancel after the deadline changes nothing",
                    scenario(List.of(timeout("a", "ctx", 2_000), timeout("b", "a", 1_000), cancel("c", "a"),
                            timeout("d", "ctx", HOUR), new Advance(), new Cancel("a", null), new Cancel("d", null)),
                            ask(Ask.ERR, "a", "b", "c", "d")),
                    List.of("a: context deadline exceeded", "b: context deadline exceeded",
                            "c: context deadline exceeded", "d: context canceled")),
            new Golden("Done is ready only for cancelled contexts; a value context shares its parent's",
                    scenario(List.of(value("a", "ctx", USER, "erin"), cancel("b", "a"), value("c", "b", REQUEST,
                            "frank"), cancel("d", "ctx"), new Cancel("b", null)),
                            ask(Ask.DONE, "a", "b", "c", "d")),
                    List.of("a: false", "b: true", "c: true", "d: false")),
            new Golden("the nearest value wins, and a plain string key is a different key",
                    scenario(List.of(value("a", "ctx", USER, "alice"), cancel("b", "a"),
                            value("c", "b", USER, "bob"), value("d", "c", PLAIN_USER, "carol")),
                            List.of(new Query(Ask.VALUE, "d", USER), new Query(Ask.VALUE, "d", PLAIN_USER),
                                    new Query(Ask.VALUE, "b", USER), new Query(Ask.VALUE, "b", REQUEST))),
                    List.of("d: bob", "d: carol", "b: alice", "b: <nil>")));

    static List<Golden> golden() {
        return GOLDEN;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void theModelPrintsWhatRealGoPrinted(Golden g) {
        assertEquals(g.stdout(), ContextRun.run(g.scenario(), GO_1_19).stdout());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void theGoldenScenariosAreTheSameOnEveryCoveredRelease(Golden g) {
        for (int minor = 17; minor <= 24; minor++) {
            assertEquals(g.stdout(), ContextRun.run(g.scenario(), new GoVersion(1, minor)).stdout(), "go1." + minor);
        }
    }

    @Test
    void cancelRemovesTheChildFromItsParentsChildren() {
        ContextModel t = new ContextModel(GO_1_19, "ctx", false);
        t.withCancel("a", "ctx", false);
        t.withCancel("b", "a", false);
        t.withValue("v", "a", USER, "x");
        t.withCancel("c", "v", false);
        assertEquals(List.of("b", "c"), node(t, "a").children());
        t.cancel("b", null, "cancelB()");
        assertEquals(List.of("c"), node(t, "a").children());
        assertNull(t.err("a"));
        t.cancel("a", null, "cancelA()");
        assertEquals(List.of(), node(t, "a").children());
        assertEquals(List.of("a", "c"), t.state().cancelled().stream().map(ContextModel.Cancellation::name).toList());
        assertEquals("its parent a", t.state().cancelled().get(1).by());
    }

    @Test
    void timersFireInDeadlineOrderAndOnlyWhenTheirTimeComes() {
        ContextModel t = new ContextModel(GO_1_19, "ctx", false);
        t.withDeadline("slow", "ctx", 2_000, null, "WithTimeout(ctx, 2*time.Second)");
        t.withDeadline("fast", "ctx", 1_000, null, "WithTimeout(ctx, time.Second)");
        t.withDeadline("far", "ctx", HOUR, null, "WithTimeout(ctx, time.Hour)");
        String text = t.advance(1_500);
        assertTrue(text.contains("fast at t+1s") && !text.contains("slow"), text);
        assertEquals(ContextModel.DEADLINE_EXCEEDED, t.err("fast"));
        assertNull(t.err("slow"));
        text = t.advance(1_000);
        assertTrue(text.contains("slow at t+2s"), text);
        assertNull(t.err("far"));
    }

    @ParameterizedTest(name = "{0} ns prints as {1}")
    @CsvSource(textBlock = """
            0,                  0s
            1,                  1ns
            1500,               1.5µs
            500000000,          500ms
            1500000000,         1.5s
            60000000000,        1m0s
            3600000000000,      1h0m0s
            -1800000000000,     -30m0s
            3600000001000,      1h0m0.000001s
            -9223372036854775808, -2562047h47m16.854775808s
            """)
    void durationsPrintAsGoPrintsThem(long nanos, String go) {
        // Recorded from go1.19.8: fmt.Println(time.Duration(n)) for each n.
        assertEquals(go, GoDuration.string(nanos));
    }

    @ParameterizedTest(name = "Round({0} ns, 1m) = {1} ns")
    @CsvSource(textBlock = """
            3599000000000,   3600000000000
            29999999999,     0
            30000000000,     60000000000
            -30000000000,    -60000000000
            -1800001000000,  -1800000000000
            """)
    void roundingToTheMinuteRoundsHalvesAwayFromZero(long nanos, long rounded) {
        assertEquals(rounded, GoDuration.round(nanos, GoDuration.MINUTE));
    }

    @Test
    void causesAreRefusedBeforeGo120() {
        ContextModel t = new ContextModel(GO_1_19, "ctx", false);
        SimulationInputException e = assertThrows(SimulationInputException.class,
                () -> t.withCancel("a", "ctx", true));
        assertEquals("goVersion", e.field());
        assertTrue(e.getMessage().contains("does not compile before 1.20"), e.getMessage());
        assertThrows(SimulationInputException.class, () -> t.cause("ctx"));
    }

    @Test
    void go121AdditionsAreRefusedBeforeGo121() {
        ContextModel t = new ContextModel(new GoVersion(1, 20), "ctx", false);
        t.withCancel("a", "ctx", true);
        assertThrows(SimulationInputException.class, () -> t.withoutCancel("b", "a"));
        assertThrows(SimulationInputException.class, () -> t.afterFunc("stop1", "a"));
        assertThrows(SimulationInputException.class,
                () -> t.withDeadline("c", "a", HOUR, "too slow", "WithTimeoutCause(a, time.Hour, errTooSlow)"));
    }

    // Go 1.20 and 1.21 behaviour below was read from the Go source, not run here.

    @Test
    void theFirstCancellationSetsTheCauseForTheWholeSubtree() {
        ContextModel t = new ContextModel(new GoVersion(1, 20), "ctx", false);
        t.withCancel("a", "ctx", true);
        t.withValue("v", "a", USER, "x");
        t.withCancel("b", "v", true);
        t.cancel("a", "shutdown", "cancelA(errShutdown)");
        t.cancel("b", "user left", "cancelB(errUserLeft)");
        assertEquals("shutdown", t.cause("a"));
        assertEquals("shutdown", t.cause("v"));
        assertEquals("shutdown", t.cause("b"));
        assertEquals(ContextModel.CANCELED, t.err("b"));
        assertNull(t.cause("ctx"));
    }

    @Test
    void aNilCauseAndAPlainCancelLeaveTheErrorAsTheCause() {
        ContextModel t = new ContextModel(GO_1_21, "ctx", false);
        t.withCancel("a", "ctx", true);
        t.cancel("a", null, "cancelA(nil)");
        assertEquals(ContextModel.CANCELED, t.cause("a"));
        t.withDeadline("b", "ctx", -HOUR, null, "WithTimeout(ctx, -time.Hour)");
        assertEquals(ContextModel.DEADLINE_EXCEEDED, t.cause("b"));
    }

    @Test
    void aDeadlineCauseIsDroppedWhenTheParentsDeadlineIsEarlier() {
        ContextModel t = new ContextModel(GO_1_21, "ctx", false);
        t.withDeadline("a", "ctx", 1_000, null, "WithTimeout(ctx, time.Second)");
        t.withDeadline("b", "a", 2_000, "too slow", "WithTimeoutCause(a, 2*time.Second, errTooSlow)");
        t.withDeadline("c", "a", 500, "too slow", "WithTimeoutCause(a, 500*time.Millisecond, errTooSlow)");
        assertEquals("*context.cancelCtx", t.goType("b"));
        t.advance(3_000);
        assertEquals(ContextModel.DEADLINE_EXCEEDED, t.cause("b"));
        assertEquals("too slow", t.cause("c"));
        assertEquals(ContextModel.DEADLINE_EXCEEDED, t.err("c"));
    }

    @Test
    void withoutCancelKeepsValuesButNotCancellationOrDeadline() {
        ContextModel t = new ContextModel(GO_1_21, "ctx", false);
        t.withDeadline("a", "ctx", HOUR, null, "WithTimeout(ctx, time.Hour)");
        t.withValue("v", "a", USER, "alice");
        t.withoutCancel("w", "v");
        t.withCancel("b", "w", false);
        t.cancel("a", null, "cancelA()");
        assertEquals("alice", t.value("b", USER));
        assertNull(t.err("w"));
        assertNull(t.err("b"));
        assertNull(t.deadline("w"));
        assertNull(t.cause("w"));
        assertEquals("context.withoutCancelCtx", t.goType("w"));
    }

    @Test
    void afterFuncStartsOnCancelAndStopWinsOnlyBefore() {
        ContextModel t = new ContextModel(GO_1_21, "ctx", false);
        t.withCancel("a", "ctx", false);
        t.afterFunc("stop1", "a");
        t.afterFunc("stop2", "a");
        t.afterFunc("stop3", "ctx");
        assertTrue(t.stop("stop2").stopped());
        t.cancel("a", null, "cancelA()");
        assertEquals(AfterFuncState.STARTED, node(t, "stop1").afterFunc());
        assertEquals(AfterFuncState.STOPPED, node(t, "stop2").afterFunc());
        assertFalse(t.stop("stop1").stopped());
        assertFalse(t.stop("stop2").stopped());
        assertTrue(t.stop("stop3").stopped(), "Background is never done: f never starts, stop wins");
        t.afterFunc("stop4", "a");
        assertEquals(AfterFuncState.STARTED, node(t, "stop4").afterFunc(), "a is done: f starts at once");
    }

    @Test
    void theRootsTypeChangedInGo121() {
        assertEquals("*context.emptyCtx", new ContextModel(GO_1_19, "ctx", false).goType("ctx"));
        assertEquals("context.backgroundCtx", new ContextModel(GO_1_21, "ctx", false).goType("ctx"));
        assertEquals("context.todoCtx", new ContextModel(GO_1_21, "ctx", true).goType("ctx"));
    }

    @Test
    void aScenarioUsingCausesIsRefusedOnGo119() {
        ContextScenario s = scenario(
                List.of(new Derive("a", "ctx", new WithCancel(true)), new Cancel("a", "errShutdown")),
                ask(Ask.ERR, "a"));
        assertEquals(new GoVersion(1, 20), s.needs());
        SimulationInputException e = assertThrows(SimulationInputException.class, () -> ContextRun.run(s, GO_1_19));
        assertEquals("goVersion", e.field());
    }

    @Test
    void scenariosGoCannotCompileOrCannotRunReliablyAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> scenario(List.of(cancel("a", "ctx")), List.of()),
                "a is declared and not used");
        assertThrows(IllegalArgumentException.class, () -> scenario(List.of(timeout("a", "ctx", 1_000)),
                ask(Ask.ERR, "a")), "a deadline a second away with no sleep past it");
        assertThrows(IllegalArgumentException.class, () -> scenario(List.of(timeout("a", "ctx", 60_000),
                new Advance()), ask(Ask.ERR, "a")), "a minute is neither soon nor far");
        assertThrows(IllegalArgumentException.class, () -> scenario(List.of(cancel("a", "ctx"),
                new Cancel("a", "errShutdown")), ask(Ask.ERR, "a")), "a CancelFunc takes no cause");
        SimulationInputException twice = assertThrows(SimulationInputException.class, () -> scenario(
                List.of(cancel("a", "ctx"), new Cancel("a", null), new Cancel("a", null)), ask(Ask.ERR, "a")));
        assertEquals("ops[2]", twice.field(), "the second cancelA() is the third statement");
    }

    private static NodeState node(ContextModel t, String name) {
        return t.state().nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }
}
