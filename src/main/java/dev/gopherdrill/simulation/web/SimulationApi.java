package dev.gopherdrill.simulation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Parameter;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.escape.Analysis;
import dev.gopherdrill.simulation.escape.EscapeAnalyzer;
import dev.gopherdrill.simulation.gc.Pacer;
import dev.gopherdrill.simulation.gc.PacerSimulation;
import dev.gopherdrill.simulation.maps.MapGrowSimulation;
import dev.gopherdrill.simulation.maps.MapGrowth;
import dev.gopherdrill.simulation.maps.SwissGrowth;
import dev.gopherdrill.simulation.maps.SwissMapSimulation;
import dev.gopherdrill.simulation.registry.Simulations;
import dev.gopherdrill.simulation.scheduler.SchedulerModel;
import dev.gopherdrill.simulation.scheduler.SchedulerSimulation;
import dev.gopherdrill.simulation.slices.GrowSlice;
import dev.gopherdrill.simulation.slices.SliceAppendSimulation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The simulations over HTTP, public like the playground: the list, seeded questions and
 * their check, and batch endpoints over the models. Every request's work is bounded:
 * parameters by their declared ranges, batches by {@link #MAX_CASES}. Bad input is a
 * {@link SimulationInputException} naming the field, which becomes a 400 problem.
 */
@Path("/api/simulations")
@SimulationWork
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "simulations")
public class SimulationApi {

    /** Cases one batch call may carry: each costs microseconds, so 10,000 stay well under a second. */
    public static final int MAX_CASES = 10_000;
    /** Element sizes beyond 1 GiB are not types a program can declare usefully. */
    static final long MAX_ELEM_SIZE = 1L << 30;
    /** len, cap and add up to maxAlloc: larger could never be allocated anyway. */
    static final long MAX_LENGTH = GrowSlice.MAX_ALLOC;
    static final long MAX_KEY_OR_VALUE_SIZE = 1L << 16;

    // Bean Validation's messages, where its default would not tell the client what to send.
    private static final String BODY = "a JSON object is required";
    private static final String RELEASE = "\\s*" + GoVersion.SYNTAX + "\\s*";
    private static final String RELEASE_MESSAGE = "expected a Go release such as \"1.19\"";
    private static final String SEED_REQUIRED = "required: the same seed always gives the same question";
    private static final String ANSWER_SIZE = "required, at most 10,000 characters";
    private static final String CASES = "give at least one case, at most {max} per call";
    private static final String SOURCE_SIZE = "required, at most {max} characters";

    public record Entry(String id, String title, String oldest, String newest, List<String> verifiedOn,
                        List<ParameterEntry> parameters) {
    }

    /** A parameter as the list shows it, its description in the caller's language. */
    public record ParameterEntry(String name, String description, long min, long max, List<String> choices,
                                 String defaultRange) {
        static ParameterEntry of(Parameter p, Language language) {
            return new ParameterEntry(p.name(), p.description(language), p.min(), p.max(), p.choices(),
                    p.defaultRange());
        }
    }

    public record QuestionRequest(@NotNull(message = SEED_REQUIRED) Long seed,
            @Pattern(regexp = RELEASE, message = RELEASE_MESSAGE) String goVersion,
                                  Map<String, JsonNode> params) {
    }

    public record CheckRequest(@NotNull(message = SEED_REQUIRED) Long seed,
            @Pattern(regexp = RELEASE, message = RELEASE_MESSAGE) String goVersion,
                               Map<String, JsonNode> params,
                               @NotNull(message = ANSWER_SIZE) @Size(max = 10_000, message = ANSWER_SIZE) String answer) {
    }

    /** {@code pointers}: whether the element type holds pointers (changes caps from Go 1.22); default false. */
    public record AppendCase(@NotNull @Min(0) @Max(MAX_ELEM_SIZE) Long elemSize,
                             @NotNull @Min(0) @Max(MAX_LENGTH) Long len,
                             @NotNull @Min(0) @Max(MAX_LENGTH) Long cap,
                             @NotNull @Min(0) @Max(MAX_LENGTH) Long add, Boolean pointers) {
    }

    public record AppendRequest(@Pattern(regexp = RELEASE, message = RELEASE_MESSAGE) String goVersion,
                                @NotNull(message = CASES) @Size(min = 1, max = MAX_CASES, message = CASES)
                                List<@NotNull @Valid AppendCase> cases) {
    }

    public record SliceResult(long len, long cap) {
    }

    public record Results<T>(List<T> results) {
    }

    // Sizes do not change B (keys and values over 128 bytes are stored as pointers); they are checked for sense.
    public record MakeCase(@NotNull @Min(0) @Max(MapGrowth.MAX_HINT) Long hint,
                           @Min(0) @Max(MAX_KEY_OR_VALUE_SIZE) Long keySize,
                           @Min(0) @Max(MAX_KEY_OR_VALUE_SIZE) Long valueSize) {
    }

    public record MakeRequest(@Pattern(regexp = RELEASE, message = RELEASE_MESSAGE) String goVersion,
                              @NotNull(message = CASES) @Size(min = 1, max = MAX_CASES, message = CASES)
                              List<@NotNull @Valid MakeCase> cases) {
    }

    public record MakeResult(@JsonProperty("B") int b, boolean bucketsAllocated) {
    }

    public record InsertRequest(@Pattern(regexp = RELEASE, message = RELEASE_MESSAGE) String goVersion,
                                @NotNull @Min(0) @Max(MapGrowth.MAX_HINT) Long hint,
                                @Min(0) @Max(MAX_KEY_OR_VALUE_SIZE) Long keySize,
                                @Min(0) @Max(MAX_KEY_OR_VALUE_SIZE) Long valueSize,
                                @NotNull @Min(0) @Max(MapGrowth.MAX_INSERTS) Long inserts) {
    }

    public record InsertResult(List<MapGrowth.Grow> grows, int finalB) {
    }

    public record SwissMakeCase(@NotNull @Min(0) @Max(SwissGrowth.MAX_HINT) Long hint) {
    }

    /** {@code startSchedtick}: the P's schedtick when main starts the goroutines; null is 1, the usual value. */
    public record SchedulerRequest(@Pattern(regexp = RELEASE, message = RELEASE_MESSAGE) String goVersion,
                                   @NotNull Integer gomaxprocs, @NotNull Integer goroutines,
                                   @NotNull String mainWaits, Integer startSchedtick) {
    }

    /**
     * {@code gogc} null is GOGC=off; {@code memoryLimit} null is no limit. {@code mappedReady}
     * ({@code Sys − HeapReleased}) and {@code heapFree} ({@code HeapIdle − HeapReleased}) are
     * optional: without them the process's only memory is the live heap.
     */
    public record GoalRequest(@Pattern(regexp = RELEASE, message = RELEASE_MESSAGE) String goVersion,
                              @NotNull @Min(0) @Max(Pacer.MAX_BYTES) Long heapMarked,
                              @NotNull @Min(0) @Max(Pacer.MAX_BYTES) Long stackScan,
                              @NotNull @Min(0) @Max(Pacer.MAX_BYTES) Long globalsScan, Integer gogc,
                              Long memoryLimit, Long mappedReady, Long heapFree) {
    }

    public record SwissMakeRequest(@Pattern(regexp = RELEASE, message = RELEASE_MESSAGE) String goVersion,
                                   @NotNull(message = CASES) @Size(min = 1, max = MAX_CASES, message = CASES)
                                   List<@NotNull @Valid SwissMakeCase> cases) {
    }

    public record AnalyzeRequest(@Pattern(regexp = RELEASE, message = RELEASE_MESSAGE) String goVersion,
                                 @NotNull(message = SOURCE_SIZE) @Size(max = EscapeAnalyzer.MAX_SOURCE_CHARS,
                                         message = SOURCE_SIZE) String source) {
    }

    /** Why the compiler printed {@code diagnostic}: the flow from the value to what decided it. */
    public record Explanation(String diagnostic, List<String> path) {
    }

    public record AnalyzeResult(List<String> diagnostics, List<Explanation> explanations) {
    }

    @GET
    @Operation(summary = "Every simulation: id, title, the Go releases it covers and is verified on, its parameters "
            + "(texts in ?lang=en|zh, else the Accept-Language, else English)")
    public List<Entry> list(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Language l = language(lang, accept);
        return Simulations.all().stream().map(s -> new Entry(s.id(), s.title(l), s.oldest().toString(),
                s.newest().toString(), s.verifiedOn().stream().map(GoVersion::toString).toList(),
                s.parameters().stream().map(p -> ParameterEntry.of(p, l)).toList()))
                .toList();
    }

    /**
     * {@code ?lang=} wins, then the first language of Accept-Language; English by default.
     * Only the words change with it, never a value or an answer.
     */
    static Language language(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            String l = lang.strip().toLowerCase(java.util.Locale.ROOT);
            if (!l.equals("en") && !l.equals("zh") && !l.startsWith("en-") && !l.startsWith("zh-")) {
                throw new SimulationInputException("lang", "expected en or zh, got " + lang.strip());
            }
            return Language.of(l);
        }
        return acceptLanguage == null ? Language.EN : Language.of(acceptLanguage.split(",")[0]);
    }

    @POST
    @Path("/{id}/questions")
    @Operation(summary = "A question generated from a seed: the same seed, version and params always give the same "
            + "question, with its answer, trace and a Go program that reproduces the answer")
    public Question question(@PathParam("id") String id, @Valid @NotNull(message = BODY) QuestionRequest r,
                             @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Simulation sim = simulation(id);
        return sim.question(r.seed(), version(sim, r.goVersion()), ranges(r.params()), language(lang, accept));
    }

    @POST
    @Path("/{id}/check")
    @Operation(summary = "Check an answer to the question a seed names")
    public Simulation.Check check(@PathParam("id") String id, @Valid @NotNull(message = BODY) CheckRequest r,
                                  @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Simulation sim = simulation(id);
        return sim.check(r.seed(), version(sim, r.goVersion()), ranges(r.params()), r.answer(),
                language(lang, accept));
    }

    @POST
    @Path("/slice/append")
    @Operation(summary = "append on slices in batch (growslice → roundupsize): len and cap after each, in input order")
    public Results<SliceResult> append(@Valid @NotNull(message = BODY) AppendRequest r) {
        GoVersion v = version(SliceAppendSimulation.ID, r.goVersion());
        return each(r.cases(), c -> {
            GrowSlice.Result res = GrowSlice.append(v, c.elemSize(), Boolean.TRUE.equals(c.pointers()), c.len(),
                    c.cap(), c.add());
            return new SliceResult(res.len(), res.cap());
        });
    }

    @POST
    @Path("/map/make")
    @Operation(summary = "make(map[K]V, hint) in batch (Go ≤ 1.23): B and whether the bucket array exists yet")
    public Results<MakeResult> make(@Valid @NotNull(message = BODY) MakeRequest r) {
        mapVersion(r.goVersion());
        return each(r.cases(), c -> new MakeResult(MapGrowth.makeB(c.hint()), MapGrowth.bucketsAllocatedAtMake(c.hint())));
    }

    @POST
    @Path("/map/insert")
    @Operation(summary = "Insert distinct keys into make(map[K]V, hint) (Go ≤ 1.23): every grow, and B at the end")
    public InsertResult insert(@Valid @NotNull(message = BODY) InsertRequest r) {
        GoVersion v = mapVersion(r.goVersion());
        return new InsertResult(MapGrowth.grows(v, r.hint(), r.inserts()), MapGrowth.finalB(v, r.hint(), r.inserts()));
    }

    @POST
    @Path("/map/swiss/make")
    @Operation(summary = "make(map[K]V, hint) in batch on Go 1.24 Swiss tables: small map or directory and tables "
            + "(modelled from the Go 1.24 source, not verified on a toolchain)")
    public Results<SwissGrowth.Shape> swissMake(@Valid @NotNull(message = BODY) SwissMakeRequest r) {
        GoVersion v = version(SwissMapSimulation.ID, r.goVersion());
        return each(r.cases(), c -> SwissGrowth.make(v, c.hint()));
    }

    @POST
    @Path("/gc/goal")
    @Operation(summary = "The heap goal (runtime.MemStats.NextGC right after a forced GC) from the pacer's inputs: "
            + "GOGC, the heap minimum, the sweep floor, GOMEMLIMIT (Go 1.19)")
    public Pacer.Goal gcGoal(@Valid @NotNull(message = BODY) GoalRequest r) {
        GoVersion v = version(PacerSimulation.ID, r.goVersion());
        return Pacer.goal(v, new Pacer.Inputs(r.heapMarked(), r.stackScan(), r.globalsScan(), r.gogc(),
                r.memoryLimit(), r.mappedReady(), r.heapFree(), true));
    }

    @POST
    @Path("/scheduler/run")
    @Operation(summary = "main starts N goroutines, then waits (waitgroup, sleep, gosched, channel): the order they "
            + "run in, every queue at every step, and whether real Go is deterministic here")
    public SchedulerModel.Run schedulerRun(@Valid @NotNull(message = BODY) SchedulerRequest r) {
        GoVersion v = version(SchedulerSimulation.ID, r.goVersion());
        return SchedulerModel.run(v, r.gomaxprocs(), r.goroutines(), r.mainWaits(), r.startSchedtick());
    }

    @POST
    @Path("/escape/analyze")
    @Operation(summary = "Escape analysis of one Go file of the documented subset: the diagnostics Go 1.19 prints "
            + "with go build -gcflags='-m -l', in its order, each with the flow that decided it; 422 with "
            + "\"line:col: unsupported: <construct>\" for code outside the subset")
    public AnalyzeResult escapeAnalyze(@Valid @NotNull(message = BODY) AnalyzeRequest r) {
        if (r.goVersion() != null && !GoVersion.parse(r.goVersion()).equals(GoVersion.VERIFIED)) {
            throw new SimulationInputException("goVersion", "the analyzer models Go " + GoVersion.VERIFIED
                    + " only, not " + r.goVersion());
        }
        Analysis a = EscapeAnalyzer.analyze(r.source());
        return new AnalyzeResult(a.lines(), a.diagnostics().stream()
                .map(d -> new Explanation(d.text(), d.path())).toList());
    }

    private static Simulation simulation(String id) {
        return Simulations.find(id).orElseThrow(() -> new SimulationInputException("id",
                "no simulation \"" + id + "\"; GET /api/simulations lists them"));
    }

    private static GoVersion version(Simulation sim, String text) {
        GoVersion v = text == null ? sim.defaultVersion() : GoVersion.parse(text);
        if (!sim.supports(v)) {
            throw new SimulationInputException("goVersion", sim.id() + " covers Go " + sim.oldest() + " to "
                    + sim.newest() + ", not " + v);
        }
        return v;
    }

    private static GoVersion mapVersion(String text) {
        if (text != null) {
            // Go 1.24+ gets a pointer to the Swiss-table endpoint rather than a bare "not covered"
            MapGrowth.requireClassic(GoVersion.parse(text));
        }
        return version(MapGrowSimulation.ID, text);
    }

    private static GoVersion version(String simulationId, String text) {
        return version(Simulations.find(simulationId).orElseThrow(), text);
    }

    /**
     * A batch's cases through {@code one}, results in input order. Bean Validation has checked
     * each case's fields; a problem only the model can see ({@code cap} below {@code len}) is
     * named with the case's prefix ({@code cases[3].cap}).
     */
    private static <C, R> Results<R> each(List<C> cases, Function<C, R> one) {
        List<R> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            try {
                out.add(one.apply(cases.get(i)));
            } catch (SimulationInputException e) {
                throw new SimulationInputException("cases[" + i + "]." + e.field(),
                        e.getMessage().substring(e.field().length() + 2));
            }
        }
        return new Results<>(out);
    }

    /** JSON parameter values in the card syntax the simulations take: 7, "0..12", [a, b], {"min":0,"max":12}. */
    private static Map<String, String> ranges(Map<String, JsonNode> params) {
        Map<String, String> out = new TreeMap<>();
        if (params == null) {
            return out;
        }
        params.forEach((name, node) -> {
            if (node == null || node.isNull()) {
                return;
            }
            if (node.isIntegralNumber() || node.isTextual()) {
                out.put(name, node.asText());
            } else if (node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(n -> items.add(n.asText()));
                out.put(name, "[" + String.join(", ", items) + "]");
            } else if (node.isObject() && node.path("min").isIntegralNumber() && node.path("max").isIntegralNumber()) {
                out.put(name, node.get("min").asLong() + ".." + node.get("max").asLong());
            } else {
                throw new SimulationInputException("params." + name,
                        "expected an integer, \"lo..hi\", {\"min\": lo, \"max\": hi} or a list of choices");
            }
        });
        return out;
    }
}
