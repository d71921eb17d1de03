package dev.gopherdrill.simulation.registry;

import java.util.List;
import java.util.Optional;

import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.channels.ChannelSimulation;
import dev.gopherdrill.simulation.context.ContextSimulation;
import dev.gopherdrill.simulation.escape.EscapeSimulation;
import dev.gopherdrill.simulation.gc.MarkSimulation;
import dev.gopherdrill.simulation.gc.PacerSimulation;
import dev.gopherdrill.simulation.leaks.LeakSimulation;
import dev.gopherdrill.simulation.maps.MapGrowSimulation;
import dev.gopherdrill.simulation.maps.SwissMapSimulation;
import dev.gopherdrill.simulation.scheduler.SchedulerSimulation;
import dev.gopherdrill.simulation.slices.SliceAppendSimulation;

/**
 * Every simulation the product offers, in the order the list shows them. Its own package, because
 * it knows every topic package while each of those knows only the contract in {@code simulation}.
 */
public final class Simulations {

    private static final List<Simulation> ALL = List.of(
            new SliceAppendSimulation(),
            new MapGrowSimulation(),
            new SwissMapSimulation(),
            new ChannelSimulation(),
            new SchedulerSimulation(),
            new MarkSimulation(),
            new PacerSimulation(),
            new ContextSimulation(),
            new LeakSimulation(),
            new EscapeSimulation());

    private Simulations() {
    }

    public static List<Simulation> all() {
        return ALL;
    }

    public static Optional<Simulation> find(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
