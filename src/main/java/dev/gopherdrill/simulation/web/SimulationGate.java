package dev.gopherdrill.simulation.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.gopherdrill.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Bounds the CPU that public simulation requests can take. The endpoints need no account
 * and each request is bounded in size (batches of 10,000 cases, 1,000 goroutines, a file of
 * the analyzer's limit), but twenty of the largest at once would still take every core and
 * starve the health check, the login and the review loop.
 *
 * So at most {@code gopherdrill.simulations.concurrency} of them compute at a time (default:
 * one core fewer than the machine has, at least one: a core stays free for everything else).
 * A request that finds them all busy waits up to {@code gopherdrill.simulations.queue-wait}
 * for a turn, then gets a 503 with {@code Retry-After}. The work itself is pure and short
 * (the largest request takes well under a second), so a turn comes quickly; the wait is a
 * queue, not a timeout on the work.
 *
 * A waiting request holds a worker thread, and the worker pool is small on purpose (its FIFO
 * queue is what keeps the review loop's tail latency down, README "Configuration"). So only
 * {@code gopherdrill.simulations.queue-length} requests may wait; one more is refused at once.
 */
@SimulationWork
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SimulationGate {

    private final Semaphore turns;
    private final long waitMillis;
    private final int queueLength;
    private final AtomicInteger waiting = new AtomicInteger();

    @Inject
    SimulationGate(@ConfigProperty(name = "gopherdrill.simulations.concurrency") java.util.Optional<Integer> concurrency,
                   @ConfigProperty(name = "gopherdrill.simulations.queue-wait", defaultValue = "PT2S")
                   java.time.Duration queueWait,
                   @ConfigProperty(name = "gopherdrill.simulations.queue-length", defaultValue = "2") int queueLength) {
        this.turns = new Semaphore(concurrency.orElse(Math.max(1, Runtime.getRuntime().availableProcessors() - 1)),
                true);
        this.waitMillis = queueWait.toMillis();
        this.queueLength = queueLength;
    }

    @AroundInvoke
    Object bounded(InvocationContext ctx) throws Exception {
        if (!turns.tryAcquire() && !waitForTurn()) {
            throw Problem.unavailable("the simulations are busy with other requests; try again in a second", 1);
        }
        try {
            return ctx.proceed();
        } finally {
            turns.release();
        }
    }

    /** Whether a request is queued: lets the test fill the queue without sleeping. */
    boolean hasWaiting() {
        return waiting.get() > 0;
    }

    private boolean waitForTurn() throws InterruptedException {
        try {
            return waiting.incrementAndGet() <= queueLength && turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }
}
