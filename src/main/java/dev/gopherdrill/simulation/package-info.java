/**
 * The simulations: pure models of Go runtime structures that generate seeded questions
 * with step-by-step traces, verified against a real Go toolchain. The contract is
 * {@link dev.gopherdrill.simulation.Simulation} (a question from a seed), each trace
 * {@link dev.gopherdrill.simulation.Step} carries a
 * {@link dev.gopherdrill.simulation.StepState} that draws itself, and
 * {@link dev.gopherdrill.simulation.GoBatch} puts many of a topic's Go programs into one
 * for the differential tests.
 *
 * <h2>One naming scheme per topic package</h2>
 * Each topic package ({@code slices}, {@code maps}, {@code channels}, {@code scheduler},
 * {@code gc}, {@code context}, {@code leaks}, {@code escape}) names its classes by role, so a
 * reader finds the same parts in every package:
 * <ul>
 *   <li>{@code XxxSimulation}: the {@code Simulation} contract: parameters, question, trace;
 *       a package with two simulations has two ({@code MarkSimulation}, {@code PacerSimulation});</li>
 *   <li>the model: named after the Go structure or function it mirrors where Go has one
 *       ({@code GrowSlice} for growslice, {@code Hmap}, {@code SwissMap}, {@code TriColor},
 *       {@code Pacer}), so the Java reads against the Go source; {@code XxxModel} where it
 *       models a whole subsystem ({@code ChannelModel}, {@code SchedulerModel},
 *       {@code ContextModel}, {@code LeakModel});</li>
 *   <li>{@code XxxScenario}: a generated program as data, and {@code XxxGenerator} where
 *       drawing one from a seed needs a class of its own;</li>
 *   <li>{@code XxxPrograms}: the Go source of the verification programs, and of the
 *       batches the differential tests build ({@code batch}, through {@code GoBatch});</li>
 *   <li>{@code XxxPicture}: the SVG of the package's step states;</li>
 *   <li>{@code Texts}: every sentence the package writes, in English and Chinese.</li>
 * </ul>
 *
 * The shell around this core ({@code SimulationApi}, {@code PlaygroundPages} and their
 * helpers) depends on it, never the other way round: see {@code ArchitectureTest}.
 */
package dev.gopherdrill.simulation;
