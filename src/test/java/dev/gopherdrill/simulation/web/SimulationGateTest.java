package dev.gopherdrill.simulation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.simulation.SimulationInputException;
import jakarta.interceptor.InvocationContext;

class SimulationGateTest {

    /** An invocation whose work takes as long as the test says. */
    private static InvocationContext work(CountDownLatch started, CountDownLatch finish) {
        return new InvocationContext() {
            public Object getTarget() { return null; }
            public Object getTimer() { return null; }
            public Method getMethod() { return null; }
            public Constructor<?> getConstructor() { return null; }
            public Object[] getParameters() { return new Object[0]; }
            public void setParameters(Object[] params) { }
            public Map<String, Object> getContextData() { return Map.of(); }
            public Object proceed() throws Exception {
                started.countDown();
                finish.await(10, TimeUnit.SECONDS);
                return "done";
            }
        };
    }

    @Test
    void aRequestFindingEveryTurnTakenGetsA503WithRetryAfterAndTheNextOneRuns() throws Exception {
        SimulationGate gate = new SimulationGate(Optional.of(1), Duration.ofMillis(50), 2);
        CountDownLatch started = new CountDownLatch(1), finish = new CountDownLatch(1);
        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.bounded(work(started, finish));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        started.await(10, TimeUnit.SECONDS);
        Problem busy = assertThrows(Problem.class, () -> gate.bounded(work(new CountDownLatch(1), new CountDownLatch(0))));
        assertEquals(Problem.Kind.UNAVAILABLE, busy.kind);
        assertEquals(1, busy.retryAfterSeconds);
        finish.countDown();
        assertEquals("done", first.get(10, TimeUnit.SECONDS));
        assertEquals("done", gate.bounded(work(new CountDownLatch(1), new CountDownLatch(0))));
    }

    @Test
    void aRequestBeyondTheQueueIsRefusedAtOnceWhileTheQueuedOnesGetTheirTurn() throws Exception {
        SimulationGate gate = new SimulationGate(Optional.of(1), Duration.ofSeconds(10), 1);
        CountDownLatch started = new CountDownLatch(1), finish = new CountDownLatch(1);
        CompletableFuture<Object> running = async(gate, work(started, finish));
        started.await(10, TimeUnit.SECONDS);
        CountDownLatch queuedStarted = new CountDownLatch(1);
        CompletableFuture<Object> queued = async(gate, work(queuedStarted, new CountDownLatch(0)));
        while (!gate.hasWaiting()) {
            Thread.onSpinWait();
        }
        // the queue (one place) is full: refused without waiting its ten seconds
        Problem busy = assertThrows(Problem.class, () -> gate.bounded(work(new CountDownLatch(1), new CountDownLatch(0))));
        assertEquals(Problem.Kind.UNAVAILABLE, busy.kind);
        finish.countDown();
        assertEquals("done", running.get(10, TimeUnit.SECONDS));
        assertEquals("done", queued.get(10, TimeUnit.SECONDS));
    }

    private static CompletableFuture<Object> async(SimulationGate gate, InvocationContext work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return gate.bounded(work);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aFailingSimulationGivesItsTurnBack() throws Exception {
        SimulationGate gate = new SimulationGate(Optional.of(1), Duration.ZERO, 2);
        InvocationContext failing = new InvocationContext() {
            public Object getTarget() { return null; }
            public Object getTimer() { return null; }
            public Method getMethod() { return null; }
            public Constructor<?> getConstructor() { return null; }
            public Object[] getParameters() { return new Object[0]; }
            public void setParameters(Object[] params) { }
            public Map<String, Object> getContextData() { return Map.of(); }
            public Object proceed() {
                throw new SimulationInputException("seed", "required");
            }
        };
        assertThrows(SimulationInputException.class, () -> gate.bounded(failing));
        assertEquals("done", gate.bounded(work(new CountDownLatch(1), new CountDownLatch(0))));
    }
}
