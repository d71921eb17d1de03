package dev.gopherdrill.simulation.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.channels.ChannelModel.Blocked;
import dev.gopherdrill.simulation.channels.ChannelModel.ChannelState;
import dev.gopherdrill.simulation.channels.ChannelModel.Outcome;
import dev.gopherdrill.simulation.channels.ChannelScenario.AfterCase;
import dev.gopherdrill.simulation.channels.ChannelScenario.ChanDecl;
import dev.gopherdrill.simulation.channels.ChannelScenario.Close;
import dev.gopherdrill.simulation.channels.ChannelScenario.Go;
import dev.gopherdrill.simulation.channels.ChannelScenario.Print;
import dev.gopherdrill.simulation.channels.ChannelScenario.Range;
import dev.gopherdrill.simulation.channels.ChannelScenario.Recv;
import dev.gopherdrill.simulation.channels.ChannelScenario.RecvCase;
import dev.gopherdrill.simulation.channels.ChannelScenario.Select;
import dev.gopherdrill.simulation.channels.ChannelScenario.Send;
import dev.gopherdrill.testing.GoTest;
import dev.gopherdrill.testing.GoToolchain;

/**
 * The two additions the goroutine-leak questions build on: {@code time.After} select
 * cases (a timer fires when nothing else can run) and quiet scenarios (nothing prints).
 * The expected runs were recorded on go1.19.8 linux/amd64 from the programs
 * {@link ChannelPrograms#program} prints, three runs each, all alike;
 * {@link #theGoldenRunsStillMatchRealGo} re-runs them on the installed toolchain.
 */
@GoTest
class ChannelTimerAndQuietTest {

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);

    record Golden(String name, ChannelScenario scenario, List<String> stdout, int exitCode, String stderrFirstLine,
                  List<Blocked> blocked) {
    }

    // recorded on go1.19.8 linux/amd64
    static final List<Golden> GOLDEN = List.of(
            // main parks on ch1 and the timer; g1 runs and parks on ch2; only then, with nothing runnable,
            // the timer fires and readies main, which hands 5 to g1 and waits for its 7.
            new Golden("the timer fires once every goroutine is parked, and its case runs",
                    new ChannelScenario(List.of(ChanDecl.unbuffered("ch1"), ChanDecl.unbuffered("ch2")), false,
                            List.of(new Go(0), new Select(List.of(new RecvCase("ch1"), new AfterCase("t1", "timeout")),
                                    null), new Send("ch2", 5), new Recv("ch1")),
                            List.of(List.of(new Recv("ch2"), new Send("ch1", 7)))),
                    List.of("timeout", "5", "7"), 0, "", List.of()),
            // the buffered value wins; the timer still fires later, into its buffer, and only then can
            // checkdead see that main waits for nothing.
            new Golden("a ready case wins over the timer, and a pending timer only delays the deadlock",
                    new ChannelScenario(List.of(ChanDecl.buffered("ch1", 1)), false,
                            List.of(new Send("ch1", 1), new Select(List.of(new RecvCase("ch1"),
                                    new AfterCase("t1", "timeout")), null), new Recv("ch1")),
                            List.of()),
                    List.of("ch1 recv 1"), 2, ChannelModel.DEADLOCK, List.of(new Blocked("main", "chan receive"))),
            // quiet: g1 drains jobs and parks in the range; the one-case select is a plain <-time.After.
            new Golden("a quiet program prints nothing and blocks the same way",
                    new ChannelScenario(List.of(ChanDecl.buffered("jobs", 2), ChanDecl.unbuffered("done")), false,
                            List.of(new Go(0), new Send("jobs", 1), new Send("jobs", 2), new Send("jobs", 3),
                                    new Select(List.of(new AfterCase("t1", "tick")), null), new Recv("done")),
                            List.of(List.of(new Range("jobs"), new Close("done"))), true),
                    List.of(), 2, ChannelModel.DEADLOCK,
                    List.of(new Blocked("main", "chan receive"), new Blocked("g1", "chan receive"))));

    @Test
    void theModelReproducesTheRecordedRuns() {
        for (Golden g : GOLDEN) {
            ChannelModel.Run run = ChannelModel.run(g.scenario(), GO_1_19);
            assertEquals(g.stdout(), run.stdout(), g.name() + "\n" + ChannelModelTest.trace(run));
            assertEquals(g.exitCode(), run.exitCode(), g.name());
            assertEquals(g.stderrFirstLine(), run.stderrFirstLine(), g.name());
            assertEquals(g.blocked(), run.blocked(), g.name());
        }
    }

    @Test
    void theTimerFiresOnlyWhenNothingElseCanRun() {
        ChannelModel.Run run = ChannelModel.run(GOLDEN.get(0).scenario(), GO_1_19);
        List<String> texts = run.trace().stream().map(s -> s.text()).toList();
        int parked = indexOf(texts, "g1: fmt.Println(<-ch2): no sender waiting");
        int fired = indexOf(texts, "t1 fires");
        assertTrue(parked >= 0 && fired == parked + 1, String.join("\n", texts));
        assertTrue(texts.get(fired).contains("main waits on it → ready main (runnext)"), texts.get(fired));
    }

    @Test
    void theTimersChannelAppearsWhenTheSelectArmsIt() {
        ChannelModel.Run run = ChannelModel.run(GOLDEN.get(0).scenario(), GO_1_19);
        assertTrue(run.trace().get(1).state() instanceof ChannelModel.State s
                && s.channels().stream().noneMatch(c -> c.name().equals("t1")));
        ChannelModel.State armed = (ChannelModel.State) run.trace().get(2).state();
        ChannelState t1 = armed.channels().stream().filter(c -> c.name().equals("t1")).findFirst().orElseThrow();
        assertEquals(ChannelModel.TIMER, t1.kind());
        assertEquals(1, t1.cap());
        assertEquals(List.of("main"), t1.recvq());
    }

    @Test
    void aQuietProgramHasNoFmtAndEmptySelectBodies() {
        String program = ChannelPrograms.program(GOLDEN.get(2).scenario());
        assertFalse(program.contains("fmt"), program);
        assertTrue(program.contains("\t\"time\"\n"), program);
        assertTrue(program.contains("\t\tfor range jobs {\n\t\t}\n"), program);
        assertTrue(program.contains("\tselect {\n\tcase <-time.After(10 * time.Millisecond):\n\t}\n"), program);
        assertTrue(program.contains("\t<-done\n"), program);
    }

    @Test
    void aQuietScenarioRejectsStatementsThatOnlyPrint() {
        assertThrows(IllegalArgumentException.class, () -> new ChannelScenario(
                List.of(ChanDecl.buffered("ch1", 1)), false,
                List.of(new Send("ch1", 1), new Print("hi")), List.of(), true));
    }

    @Test
    void aSelectTakesAtMostOneTimerAndTimerNamesAreUnique() {
        assertThrows(IllegalArgumentException.class, () -> new ChannelScenario(
                List.of(ChanDecl.unbuffered("ch1")), false,
                List.of(new Select(List.of(new RecvCase("ch1"), new AfterCase("t1", "a"), new AfterCase("t2", "b")),
                        null)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ChannelScenario(
                List.of(ChanDecl.unbuffered("ch1")), false,
                List.of(new Select(List.of(new RecvCase("ch1"), new AfterCase("t1", "a")), null),
                        new Select(List.of(new AfterCase("t1", "b")), null)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ChannelScenario(
                List.of(ChanDecl.unbuffered("ch1")), false,
                List.of(new Select(List.of(new RecvCase("ch1"), new AfterCase("ch1", "a")), null)), List.of()));
    }

    @Test
    void aTimerCaseIsNeverReadyWhenPolled() {
        ChannelScenario s = new ChannelScenario(List.of(ChanDecl.unbuffered("ch1")), false,
                List.of(new Select(List.of(new RecvCase("ch1"), new AfterCase("t1", "timeout")), "busy")), List.of());
        ChannelModel.Run run = ChannelModel.run(s, GO_1_19);
        assertEquals(Outcome.EXIT, run.outcome());
        assertEquals(List.of("busy"), run.stdout());
    }

    @Test
    void theGoldenRunsStillMatchRealGo() throws IOException, InterruptedException {
        GoToolchain go = GoToolchain.require();
        Path work = Path.of("target", "go-work", "channel-timers").toAbsolutePath();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < GOLDEN.size(); i++) {
            Golden g = GOLDEN.get(i);
            Path binary = go.buildOrFail(work.resolve("golden" + i), ChannelPrograms.program(g.scenario()));
            GoToolchain.Run run = GoToolchain.exec(binary, List.of(), null);
            String stdout = g.stdout().stream().map(l -> l + "\n").reduce("", String::concat);
            if (!run.stdout().equals(stdout) || run.exit() != g.exitCode()
                    || !run.firstStderrLine().equals(g.stderrFirstLine())) {
                failures.add(g.name() + ": go printed " + run.stdout() + run.firstStderrLine() + " (exit " + run.exit()
                        + ")");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static int indexOf(List<String> texts, String part) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
