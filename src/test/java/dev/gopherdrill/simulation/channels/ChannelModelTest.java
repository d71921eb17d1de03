package dev.gopherdrill.simulation.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.channels.ChannelModel.Blocked;
import dev.gopherdrill.simulation.channels.ChannelModel.ChannelState;
import dev.gopherdrill.simulation.channels.ChannelModel.GoroutineState;
import dev.gopherdrill.simulation.channels.ChannelModel.Outcome;
import dev.gopherdrill.simulation.channels.ChannelModel.State;
import dev.gopherdrill.simulation.channels.ChannelModel.Status;
import dev.gopherdrill.simulation.channels.ChannelScenario.ChanDecl;
import dev.gopherdrill.simulation.channels.ChannelScenario.Close;
import dev.gopherdrill.simulation.channels.ChannelScenario.Go;
import dev.gopherdrill.simulation.channels.ChannelScenario.LenCap;
import dev.gopherdrill.simulation.channels.ChannelScenario.Print;
import dev.gopherdrill.simulation.channels.ChannelScenario.Range;
import dev.gopherdrill.simulation.channels.ChannelScenario.Recv;
import dev.gopherdrill.simulation.channels.ChannelScenario.RecvCase;
import dev.gopherdrill.simulation.channels.ChannelScenario.RecvOk;
import dev.gopherdrill.simulation.channels.ChannelScenario.Select;
import dev.gopherdrill.simulation.channels.ChannelScenario.Send;
import dev.gopherdrill.simulation.channels.ChannelScenario.SendCase;
import dev.gopherdrill.simulation.channels.ChannelScenario.Stmt;
import dev.gopherdrill.simulation.channels.ChannelScenario.WgAdd;
import dev.gopherdrill.simulation.channels.ChannelScenario.WgWait;

/**
 * Golden runs of hand-written channel programs. Every expected output below was
 * recorded on go1.19.8 linux/amd64 by running the program {@link ChannelPrograms#program}
 * prints for the scenario ({@code ChannelDifferentialTest} re-runs them all on the
 * installed toolchain); the comments say what each one pins down.
 */
class ChannelModelTest {

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);

    /** A scenario with the Go program's expected stdout lines, exit status and first stderr line. */
    record Golden(String name, ChannelScenario scenario, List<String> stdout, int exitCode, String stderrFirstLine,
                  List<Blocked> blocked) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Golden> goldenCases() {
        return GOLDEN.stream();
    }

    // recorded on go1.19.8 linux/amd64
    static final List<Golden> GOLDEN = List.of(
            // The receiver hands the P to runnext (g2, the last created), which gives 2 straight to
            // the parked main and keeps running; main then waits again and g1 comes off the queue.
            new Golden("an unbuffered send hands over to the parked receiver and the sender keeps running",
                    scenario(chans(ChanDecl.unbuffered("ch1")),
                            main(new Go(0), new Go(1), new Recv("ch1"), new Recv("ch1"), new Print("main done")),
                            body(new Send("ch1", 1), new Print("g1 after send")),
                            body(new Send("ch1", 2), new Print("g2 after send"))),
                    List.of("g2 after send", "2", "g1 after send", "1", "main done"), 0, "", List.of()),
            // g1 fills the buffer (1, 2), wakes main over ch2 and parks sending 3; main's receive takes the
            // head 1 and moves 3 to the tail, so the channel still reads 2, 3 in order.
            new Golden("a receive from a full buffer with a parked sender keeps FIFO order",
                    scenario(chans(ChanDecl.buffered("ch1", 2), ChanDecl.unbuffered("ch2")),
                            main(new Go(0), new Recv("ch2"), new Recv("ch1"), new LenCap("ch1"), new Recv("ch1"),
                                    new Recv("ch1")),
                            body(new Send("ch1", 1), new Send("ch1", 2), new Send("ch2", 9), new Send("ch1", 3),
                                    new Print("g1 done"))),
                    List.of("9", "1", "2 2", "2", "3"), 0, "", List.of()),
            // recvq is g3, g1, g2; closechan pushes them on a stack and readies g2, g1, g3, each into
            // runnext: g3 ends in runnext, g2 and g1 were kicked to the queue in that order.
            new Golden("close readies parked receivers through a stack: the first parked runs first, then the rest in reverse",
                    scenarioWithWaitGroup(chans(ChanDecl.unbuffered("ch1"), ChanDecl.unbuffered("ch2")),
                            main(new WgAdd(3), new Go(0), new Go(1), new Go(2), new Recv("ch2"), new Close("ch1"),
                                    new WgWait(), new Print("main done")),
                            body(new RecvOk("ch1"), new Print("g1 woke")),
                            body(new Send("ch2", 7), new RecvOk("ch1"), new Print("g2 woke")),
                            body(new RecvOk("ch1"), new Print("g3 woke"))),
                    List.of("7", "0 false", "g3 woke", "0 false", "g2 woke", "0 false", "g1 woke", "main done"), 0, "",
                    List.of()),
            // g2 parks sending; g1 closes, which readies g2 with success = false; g2 panics when it runs.
            new Golden("a sender woken by close panics when it runs",
                    scenario(chans(ChanDecl.unbuffered("ch1"), ChanDecl.unbuffered("ch2")),
                            main(new Go(0), new Go(1), new Recv("ch2")),
                            body(new Close("ch1"), new Print("g1 closed")),
                            body(new Send("ch1", 5), new Print("g2 sent"))),
                    List.of("g1 closed"), 2, "panic: send on closed channel", List.of()),
            new Golden("closing a nil channel panics",
                    scenario(chans(ChanDecl.nilChan("ch1")),
                            main(new LenCap("ch1"), new Close("ch1"), new Print("unreachable"))),
                    List.of("0 0"), 2, "panic: close of nil channel", List.of()),
            new Golden("closing a closed channel panics",
                    scenario(chans(ChanDecl.buffered("ch1", 1)),
                            main(new Send("ch1", 1), new Close("ch1"), new Recv("ch1"), new Close("ch1"))),
                    List.of("1"), 2, "panic: close of closed channel", List.of()),
            new Golden("main blocking with every other goroutine blocked is a deadlock",
                    scenario(chans(ChanDecl.unbuffered("ch1"), ChanDecl.unbuffered("ch2")),
                            main(new Go(0), new Print("main start"), new Send("ch1", 1)),
                            body(new Print("g1 start"), new Recv("ch2"))),
                    List.of("main start", "g1 start"), 2, ChannelModel.DEADLOCK,
                    List.of(new Blocked("main", "chan send"), new Blocked("g1", "chan receive"))),
            // g2 stays parked on ch2 forever; that is no error once main returns.
            new Golden("main returning ends the program with goroutines still blocked",
                    scenario(chans(ChanDecl.unbuffered("ch1"), ChanDecl.unbuffered("ch2")),
                            main(new Go(0), new Go(1), new Recv("ch1")),
                            body(new Send("ch1", 1), new Print("g1 sent")),
                            body(new Print("g2 waits"), new Recv("ch2"))),
                    List.of("g2 waits", "g1 sent", "1"), 0, "", List.of(new Blocked("g2", "chan receive"))),
            new Golden("range drains a closed buffered channel and ends",
                    scenario(chans(ChanDecl.buffered("ch1", 3)),
                            main(new Send("ch1", 1), new Send("ch1", 2), new Close("ch1"), new LenCap("ch1"),
                                    new Range("ch1"), new Print("done"))),
                    List.of("2 3", "1", "2", "done"), 0, "", List.of()),
            // A case on a nil channel is never ready and an unbuffered one without a partner is not either.
            new Golden("select takes the default when no case is ready",
                    scenario(chans(ChanDecl.unbuffered("ch1"), ChanDecl.nilChan("ch2")),
                            main(new Select(List.of(new RecvCase("ch1"), new SendCase("ch2", 1)), "main default"),
                                    new LenCap("ch2"))),
                    List.of("main default", "0 0"), 0, "", List.of()),
            // main parks in ch1.recvq and ch2.recvq; g1's send on ch2 completes the select, which leaves
            // ch1 too, so g1's next send on ch1 finds nobody and parks until main receives it.
            new Golden("a parked select is completed by the first channel and leaves the others",
                    scenario(chans(ChanDecl.unbuffered("ch1"), ChanDecl.unbuffered("ch2")),
                            main(new Go(0), new Select(List.of(new RecvCase("ch1"), new RecvCase("ch2")), null),
                                    new Recv("ch1")),
                            body(new Send("ch2", 4), new Print("g1 sent 4"), new Send("ch1", 5),
                                    new Print("g1 sent 5"))),
                    List.of("g1 sent 4", "ch2 recv 4", "5"), 0, "", List.of()),
            // wg.Wait parks main; g3 (runnext) then g1, g2 (queue) run; the last Done readies main.
            new Golden("wg.Wait resumes main after the workers in runnext-then-queue order",
                    scenarioWithWaitGroup(chans(ChanDecl.buffered("ch1", 1)),
                            main(new WgAdd(3), new Go(0), new Go(1), new Go(2), new WgWait(), new LenCap("ch1")),
                            body(new Print("g1")), body(new Print("g2")), body(new Print("g3"))),
                    List.of("g3", "g1", "g2", "0 1"), 0, "", List.of()),
            new Golden("a receive after close gets buffered values with ok true, then zero and false",
                    scenario(chans(ChanDecl.buffered("ch1", 2)),
                            main(new Send("ch1", 1), new Close("ch1"), new RecvOk("ch1"), new RecvOk("ch1"))),
                    List.of("1 true", "0 false"), 0, "", List.of()),
            new Golden("close changes neither len nor cap",
                    scenario(chans(ChanDecl.buffered("ch1", 3)),
                            main(new Send("ch1", 1), new Send("ch1", 2), new Close("ch1"), new LenCap("ch1"),
                                    new Recv("ch1"), new LenCap("ch1"))),
                    List.of("2 3", "1", "1 3"), 0, "", List.of()),
            // selectgo checks closed before everything else for a send case: the default does not help.
            new Golden("a select send case on a closed channel panics even with a default",
                    scenario(chans(ChanDecl.unbuffered("ch1")),
                            main(new Close("ch1"), new Print("closed"),
                                    new Select(List.of(new SendCase("ch1", 1)), "main default"))),
                    List.of("closed"), 2, "panic: send on closed channel", List.of()),
            new Golden("select {} blocks forever",
                    scenario(chans(ChanDecl.buffered("ch1", 1)),
                            main(new Send("ch1", 1), new Recv("ch1"), new Select(List.of(), null))),
                    List.of("1"), 2, ChannelModel.DEADLOCK, List.of(new Blocked("main", "select (no cases)"))),
            // g1 takes 3 from the parked g2 (g2 → runnext), then hands 9 to the parked main (main → runnext,
            // g2 kicked to the queue): main, readied second, runs before g2.
            new Golden("a later wake-up into runnext overtakes an earlier one",
                    scenarioWithWaitGroup(chans(ChanDecl.unbuffered("ch1"), ChanDecl.unbuffered("ch2")),
                            main(new WgAdd(2), new Go(0), new Go(1), new Recv("ch2"), new Print("main woke"),
                                    new WgWait(), new Print("main done")),
                            body(new Recv("ch1"), new Send("ch2", 9), new Print("g1 done")),
                            body(new Send("ch1", 3), new Print("g2 sent"))),
                    List.of("3", "g1 done", "9", "main woke", "g2 sent", "main done"), 0, "", List.of()));

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void theModelReproducesTheRecordedRun(Golden g) {
        ChannelModel.Run run = ChannelModel.run(g.scenario(), GO_1_19);
        assertEquals(g.stdout(), run.stdout(), () -> trace(run));
        assertEquals(g.exitCode(), run.exitCode(), () -> trace(run));
        assertEquals(g.stderrFirstLine(), run.stderrFirstLine(), () -> trace(run));
        if (!g.blocked().isEmpty()) {
            assertEquals(g.blocked(), run.blocked(), () -> trace(run));
        }
    }

    @Test
    void aWorkerThatNeverRunsIsNotReportedAsBlocked() {
        ChannelScenario s = scenario(chans(ChanDecl.buffered("ch1", 1)),
                main(new Go(0), new Send("ch1", 1), new Recv("ch1")),
                body(new Send("ch1", 2)));
        ChannelModel.Run run = ChannelModel.run(s, GO_1_19);
        assertEquals(List.of("1"), run.stdout());
        assertEquals(List.of(), run.blocked());
        assertTrue(run.trace().get(run.trace().size() - 1).text().contains("runnable but never run again: g1"));
    }

    @Test
    void twoReadyCasesMakeTheRunNondeterministic() {
        ChannelScenario s = scenario(chans(ChanDecl.buffered("ch1", 1), ChanDecl.buffered("ch2", 1)),
                main(new Select(List.of(new SendCase("ch1", 1), new SendCase("ch2", 2)), null)));
        ChannelModel.Run run = ChannelModel.run(s, GO_1_19);
        assertEquals(Outcome.NONDETERMINISTIC, run.outcome());
        assertTrue(run.nondeterminism().contains("pollorder"));
    }

    @Test
    void aParkedGoroutineReportsGosWaitReason() {
        ChannelScenario s = scenario(chans(ChanDecl.nilChan("ch1"), ChanDecl.unbuffered("ch2")),
                main(new Go(0), new Go(1), new Go(2), new Send("ch1", 9)),
                body(new Recv("ch1")),
                body(new Select(List.of(new SendCase("ch1", 1), new RecvCase("ch2")), null)),
                body(new Select(List.of(new RecvCase("ch2")), null)));
        ChannelModel.Run run = ChannelModel.run(s, GO_1_19);
        assertEquals(Outcome.DEADLOCK, run.outcome());
        assertEquals(List.of(new Blocked("main", "chan send (nil chan)"), new Blocked("g1", "chan receive (nil chan)"),
                new Blocked("g2", "select"), new Blocked("g3", "chan receive")), run.blocked());
    }

    @Test
    void wgWaitParksAsSemacquireUntilGo124() {
        ChannelScenario s = scenarioWithWaitGroup(chans(ChanDecl.unbuffered("ch1")),
                main(new WgAdd(1), new Go(0), new WgWait()), body(new Recv("ch1")));
        // go1.19.8 prints "goroutine 1 [semacquire]:" in the deadlock dump; 1.24 "[sync.WaitGroup.Wait]:"
        assertEquals(List.of(new Blocked("main", "semacquire"), new Blocked("g1", "chan receive")),
                ChannelModel.run(s, GO_1_19).blocked());
        assertEquals(List.of(new Blocked("main", "sync.WaitGroup.Wait"), new Blocked("g1", "chan receive")),
                ChannelModel.run(s, new GoVersion(1, 24)).blocked());
    }

    @Test
    void theSameSeedGivesTheSameQuestion() {
        ChannelSimulation sim = new ChannelSimulation();
        for (long seed : new long[] {0, 1, 42, 123_456_789L, -7}) {
            Question a = sim.question(seed, GO_1_19, Map.of());
            Question b = sim.question(seed, GO_1_19, Map.of());
            assertEquals(a, b);
        }
    }

    @Test
    void theOutcomeParameterIsHonoured() {
        ChannelSimulation sim = new ChannelSimulation();
        for (long seed = 0; seed < 30; seed++) {
            Question p = sim.question(seed, GO_1_19, Map.of("outcome", "panic", "workers", "2", "channels", "2"));
            assertTrue(p.verification().stderrFirstLine().startsWith("panic: "), p::question);
            assertEquals("2", p.params().get("workers"));
            assertTrue(p.verification().program().contains("// g2") && !p.verification().program().contains("// g3"));
            Question d = sim.question(seed, GO_1_19, Map.of("outcome", "deadlock"));
            assertEquals(ChannelModel.DEADLOCK, d.verification().stderrFirstLine());
            Question e = sim.question(seed, GO_1_19, Map.of("outcome", "exit"));
            assertEquals(0, e.verification().exitCode());
            assertTrue(e.accepts(e.answer().replace('\n', ' ')));
        }
    }

    @Test
    void theQuestionShowsTheVerifiedProgramAndOffersItAsAParam() {
        Question q = new ChannelSimulation().question(5, GO_1_19, Map.of());
        String block = "```go\n" + q.verification().program() + "```";
        assertEquals(block, q.params().get("program"));
        assertTrue(q.question().startsWith(block + "\n\nIt runs with GOMAXPROCS=1. What does it print?"), q.question());
        assertTrue(q.verification().program().contains("func main() {\n\truntime.GOMAXPROCS(1)\n"));
        // the answer is stdout, then the error line when there is one
        assertEquals(q.verification().stdout() + q.verification().stderrFirstLine(),
                q.answer() + (q.verification().exitCode() == 0 ? "\n" : ""));
    }

    @Test
    void anyOutcomeMeansMostlyCleanExits() {
        ChannelSimulation sim = new ChannelSimulation();
        int clean = 0;
        int n = 400;
        for (long seed = 0; seed < n; seed++) {
            if (sim.question(seed, GO_1_19, Map.of()).verification().exitCode() == 0) {
                clean++;
            }
        }
        assertTrue(clean > n * 50 / 100 && clean < n * 70 / 100, clean + " of " + n + " exit cleanly");
    }

    @Test
    void theFallbackScenarioEndsAsAsked() {
        for (Outcome o : List.of(Outcome.EXIT, Outcome.PANIC, Outcome.DEADLOCK)) {
            for (int w = 0; w <= 3; w++) {
                for (int c = 1; c <= 3; c++) {
                    assertEquals(o, ChannelModel.run(ChannelGenerator.fallback(w, c, o), GO_1_19).outcome());
                }
            }
        }
    }

    @Test
    void theInvariantCheckRejectsAChannelWithParkedSendersAndReceivers() {
        State broken = new State(
                List.of(new ChannelState("ch1", "unbuffered", 0, List.of(), false, List.of("g1"), List.of("g2"))),
                List.of(new GoroutineState("main", Status.RUNNING, null, 0),
                        new GoroutineState("g1", Status.WAITING, "chan send", 0),
                        new GoroutineState("g2", Status.WAITING, "chan receive", 0)),
                "main", null, List.of(), null, List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ChannelModel.checkInvariants(broken));
        assertTrue(e.getMessage().contains("parked senders"), e.getMessage());
    }

    @Test
    void theInvariantCheckRejectsAGoroutineInTwoPlaces() {
        State broken = new State(List.of(new ChannelState("ch1", "buffered", 2, List.of(1), false, List.of(),
                List.of())), List.of(new GoroutineState("main", Status.RUNNING, null, 0),
                new GoroutineState("g1", Status.RUNNABLE, null, 0)), "main", "g1", List.of("g1"), null, List.of());
        assertThrows(IllegalStateException.class, () -> ChannelModel.checkInvariants(broken));
        State buffered = new State(List.of(new ChannelState("ch1", "buffered", 2, List.of(1), false, List.of(),
                List.of("g1"))), List.of(new GoroutineState("main", Status.RUNNING, null, 0),
                new GoroutineState("g1", Status.WAITING, "chan receive", 0)), "main", null, List.of(), null, List.of());
        assertThrows(IllegalStateException.class, () -> ChannelModel.checkInvariants(buffered));
    }

    @Test
    void aScenarioGoCannotCompileIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> scenario(chans(ChanDecl.unbuffered("ch1"),
                ChanDecl.unbuffered("ch2")), main(new Recv("ch1"))));
        assertThrows(IllegalArgumentException.class, () -> scenario(chans(ChanDecl.unbuffered("ch1")),
                main(new Select(List.of(new RecvCase("ch1"), new SendCase("ch1", 1)), null))));
        assertThrows(IllegalArgumentException.class, () -> scenario(chans(ChanDecl.unbuffered("ch1")),
                main(new Recv("ch1")), body(new Print("never started"))));
    }

    @Test
    void theProgramImportsOnlyWhatItUses() {
        String quiet = ChannelPrograms.program(scenario(chans(ChanDecl.buffered("ch1", 1)),
                main(new Send("ch1", 1), new Close("ch1"))));
        assertTrue(quiet.contains("import \"runtime\"\n") && !quiet.contains("fmt"), quiet);
        String batch = ChannelPrograms.asFunction(quiet, "s1");
        assertTrue(batch.startsWith("func s1() {\n\truntime.GOMAXPROCS(1)\n"), batch);
    }

    static String trace(ChannelModel.Run run) {
        StringBuilder sb = new StringBuilder("trace:\n");
        run.trace().forEach(s -> sb.append("  ").append(s.text()).append('\n'));
        return sb.toString();
    }

    static List<ChanDecl> chans(ChanDecl... c) {
        return List.of(c);
    }

    static List<Stmt> main(Stmt... s) {
        return List.of(s);
    }

    static List<Stmt> body(Stmt... s) {
        return List.of(s);
    }

    @SafeVarargs
    static ChannelScenario scenario(List<ChanDecl> chans, List<Stmt> main, List<Stmt>... workers) {
        return new ChannelScenario(chans, false, main, new ArrayList<>(Arrays.asList(workers)));
    }

    @SafeVarargs
    static ChannelScenario scenarioWithWaitGroup(List<ChanDecl> chans, List<Stmt> main, List<Stmt>... workers) {
        return new ChannelScenario(chans, true, main, new ArrayList<>(Arrays.asList(workers)));
    }
}
