package dev.gopherdrill.simulation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

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
import dev.gopherdrill.simulation.maps.MapGrowth;
import dev.gopherdrill.simulation.maps.SwissGrowth;
import dev.gopherdrill.simulation.registry.Simulations;
import dev.gopherdrill.simulation.scheduler.SchedulerModel;
import dev.gopherdrill.simulation.slices.GrowSlice;
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

    public record QuestionRequest(Long seed, String goVersion, Map<String, JsonNode> params) {
    }

    public record CheckRequest(Long seed, String goVersion, Map<String, JsonNode> params, String answer) {
    }

    /** {@code pointers}: whether the element type holds pointers (changes caps from Go 1.22); default false. */
    public record AppendCase(Long elemSize, Long len, Long cap, Long add, Boolean pointers) {
    }

    public record AppendRequest(String goVersion, List<AppendCase> cases) {
    }

    public record SliceResult(long len, long cap) {
    }

    public record Results<T>(List<T> results) {
    }

    public record MakeCase(Long hint, Long keySize, Long valueSize) {
    }

    public record MakeRequest(String goVersion, List<MakeCase> cases) {
    }

    public record MakeResult(@JsonProperty("B") int b, boolean bucketsAllocated) {
    }

    public record InsertRequest(String goVersion, Long hint, Long keySize, Long valueSize, Long inserts) {
    }

    public record InsertResult(List<MapGrowth.Grow> grows, int finalB) {
    }

    public record SwissMakeCase(Long hint) {
    }

    /** {@code startSchedtick}: the P's schedtick when main starts the goroutines; null is 1, the usual value. */
    public record SchedulerRequest(String goVersion, Integer gomaxprocs, Integer goroutines, String mainWaits,
                                   Integer startSchedtick) {
    }

    /**
     * {@code gogc} null is GOGC=off; {@code memoryLimit} null is no limit. {@code mappedReady}
     * ({@code Sys − HeapReleased}) and {@code heapFree} ({@code HeapIdle − HeapReleased}) are
     * optional: without them the process's only memory is the live heap.
     */
    public record GoalRequest(String goVersion, Long heapMarked, Long stackScan, Long globalsScan, Integer gogc,
                              Long memoryLimit, Long mappedReady, Long heapFree) {
    }

    public record SwissMakeRequest(String goVersion, List<SwissMakeCase> cases) {
    }

    public record AnalyzeRequest(String goVersion, String source) {
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
    public Question question(@PathParam("id") String id, QuestionRequest req, @QueryParam("lang") String lang,
                             @HeaderParam("Accept-Language") String accept) {
        Simulation sim = simulation(id);
        QuestionRequest r = required(req);
        return sim.question(seed(r.seed()), version(sim, r.goVersion()), ranges(r.params()), language(lang, accept));
    }

    @POST
    @Path("/{id}/check")
    @Operation(summary = "Check an answer to the question a seed names")
    public Simulation.Check check(@PathParam("id") String id, CheckRequest req, @QueryParam("lang") String lang,
                                  @HeaderParam("Accept-Language") String accept) {
        Simulation sim = simulation(id);
        CheckRequest r = required(req);
        if (r.answer() == null || r.answer().length() > 10_000) {
            throw new SimulationInputException("answer", "required, at most 10,000 characters");
        }
        return sim.check(seed(r.seed()), version(sim, r.goVersion()), ranges(r.params()), r.answer(),
                language(lang, accept));
    }

    @POST
    @Path("/slice/append")
    @Operation(summary = "append on slices in batch (growslice → roundupsize): len and cap after each, in input order")
    public Results<SliceResult> append(AppendRequest req) {
        AppendRequest r = required(req);
        GoVersion v = version("slice.append", r.goVersion());
        return each(r.cases(), (at, c) -> {
            GrowSlice.Result res = GrowSlice.append(v, number(at + "elemSize", c.elemSize(), MAX_ELEM_SIZE),
                    Boolean.TRUE.equals(c.pointers()), number(at + "len", c.len(), MAX_LENGTH),
                    number(at + "cap", c.cap(), MAX_LENGTH), number(at + "add", c.add(), MAX_LENGTH));
            return new SliceResult(res.len(), res.cap());
        });
    }

    @POST
    @Path("/map/make")
    @Operation(summary = "make(map[K]V, hint) in batch (Go ≤ 1.23): B and whether the bucket array exists yet")
    public Results<MakeResult> make(MakeRequest req) {
        MakeRequest r = required(req);
        mapVersion(r.goVersion());
        return each(r.cases(), (at, c) -> {
            long hint = number(at + "hint", c.hint(), MapGrowth.MAX_HINT);
            keyAndValue(at, c.keySize(), c.valueSize());
            return new MakeResult(MapGrowth.makeB(hint), MapGrowth.bucketsAllocatedAtMake(hint));
        });
    }

    @POST
    @Path("/map/insert")
    @Operation(summary = "Insert distinct keys into make(map[K]V, hint) (Go ≤ 1.23): every grow, and B at the end")
    public InsertResult insert(InsertRequest req) {
        InsertRequest r = required(req);
        GoVersion v = mapVersion(r.goVersion());
        long hint = number("hint", r.hint(), MapGrowth.MAX_HINT);
        long inserts = number("inserts", r.inserts(), MapGrowth.MAX_INSERTS);
        keyAndValue("", r.keySize(), r.valueSize());
        return new InsertResult(MapGrowth.grows(v, hint, inserts), MapGrowth.finalB(v, hint, inserts));
    }

    @POST
    @Path("/map/swiss/make")
    @Operation(summary = "make(map[K]V, hint) in batch on Go 1.24 Swiss tables: small map or directory and tables "
            + "(modelled from the Go 1.24 source, not verified on a toolchain)")
    public Results<SwissGrowth.Shape> swissMake(SwissMakeRequest req) {
        SwissMakeRequest r = required(req);
        GoVersion v = version("map.swiss", r.goVersion());
        return each(r.cases(), (at, c) -> SwissGrowth.make(v, number(at + "hint", c.hint(), SwissGrowth.MAX_HINT)));
    }

    @POST
    @Path("/gc/goal")
    @Operation(summary = "The heap goal (runtime.MemStats.NextGC right after a forced GC) from the pacer's inputs: "
            + "GOGC, the heap minimum, the sweep floor, GOMEMLIMIT (Go 1.19)")
    public Pacer.Goal gcGoal(GoalRequest req) {
        GoalRequest r = required(req);
        GoVersion v = version("gc.pacer", r.goVersion());
        return Pacer.goal(v, new Pacer.Inputs(number("heapMarked", r.heapMarked(), Pacer.MAX_BYTES),
                number("stackScan", r.stackScan(), Pacer.MAX_BYTES),
                number("globalsScan", r.globalsScan(), Pacer.MAX_BYTES), r.gogc(), r.memoryLimit(), r.mappedReady(),
                r.heapFree(), true));
    }

    @POST
    @Path("/scheduler/run")
    @Operation(summary = "main starts N goroutines, then waits (waitgroup, sleep, gosched, channel): the order they "
            + "run in, every queue at every step, and whether real Go is deterministic here")
    public SchedulerModel.Run schedulerRun(SchedulerRequest req) {
        SchedulerRequest r = required(req);
        GoVersion v = version("scheduler.run", r.goVersion());
        if (r.gomaxprocs() == null || r.goroutines() == null || r.mainWaits() == null) {
            throw new SimulationInputException(r.gomaxprocs() == null ? "gomaxprocs"
                    : r.goroutines() == null ? "goroutines" : "mainWaits", "required");
        }
        return SchedulerModel.run(v, r.gomaxprocs(), r.goroutines(), r.mainWaits(), r.startSchedtick());
    }

    @POST
    @Path("/escape/analyze")
    @Operation(summary = "Escape analysis of one Go file of the documented subset: the diagnostics Go 1.19 prints "
            + "with go build -gcflags='-m -l', in its order, each with the flow that decided it; 422 with "
            + "\"line:col: unsupported: <construct>\" for code outside the subset")
    public AnalyzeResult escapeAnalyze(AnalyzeRequest req) {
        AnalyzeRequest r = required(req);
        if (r.goVersion() != null && !GoVersion.parse(r.goVersion()).equals(GoVersion.VERIFIED)) {
            throw new SimulationInputException("goVersion", "the analyzer models Go " + GoVersion.VERIFIED
                    + " only, not " + r.goVersion());
        }
        if (r.source() == null || r.source().length() > EscapeAnalyzer.MAX_SOURCE_CHARS) {
            throw new SimulationInputException("source", "required, at most " + EscapeAnalyzer.MAX_SOURCE_CHARS + " characters");
        }
        Analysis a = EscapeAnalyzer.analyze(r.source());
        return new AnalyzeResult(a.lines(), a.diagnostics().stream()
                .map(d -> new Explanation(d.text(), d.path())).toList());
    }

    private static Simulation simulation(String id) {
        return Simulations.find(id).orElseThrow(() -> new SimulationInputException("id",
                "no simulation \"" + id + "\"; GET /api/simulations lists them"));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new SimulationInputException("body", "a JSON object is required");
        }
        return body;
    }

    private static long seed(Long seed) {
        if (seed == null) {
            throw new SimulationInputException("seed", "required: the same seed always gives the same question");
        }
        return seed;
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
        return version("map.grow", text);
    }

    private static GoVersion version(String simulationId, String text) {
        return version(Simulations.find(simulationId).orElseThrow(), text);
    }

    /**
     * A batch's cases through {@code one}, results in input order. {@code one} gets the field
     * prefix ({@code cases[3].}); a problem the model reports with a bare field name
     * ({@code cap}) is named with that prefix too.
     */
    private static <C, R> Results<R> each(List<C> cases, BiFunction<String, C, R> one) {
        List<R> out = new ArrayList<>();
        List<C> all = cases(cases);
        for (int i = 0; i < all.size(); i++) {
            String at = "cases[" + i + "]";
            if (all.get(i) == null) {
                throw new SimulationInputException(at, "required");
            }
            try {
                out.add(one.apply(at + ".", all.get(i)));
            } catch (SimulationInputException e) {
                if (e.field().startsWith(at)) {
                    throw e;
                }
                throw new SimulationInputException(at + "." + e.field(), e.getMessage().substring(e.field().length() + 2));
            }
        }
        return new Results<>(out);
    }

    private static <T> List<T> cases(List<T> cases) {
        if (cases == null || cases.isEmpty()) {
            throw new SimulationInputException("cases", "give at least one case");
        }
        if (cases.size() > MAX_CASES) {
            throw new SimulationInputException("cases", cases.size() + " cases; at most " + MAX_CASES + " per call");
        }
        return cases;
    }

    private static long number(String field, Long value, long max) {
        if (value == null) {
            throw new SimulationInputException(field, "required");
        }
        if (value < 0 || value > max) {
            throw new SimulationInputException(field, value + " is outside 0.." + max);
        }
        return value;
    }

    private static void keyAndValue(String at, Long keySize, Long valueSize) {
        // Sizes do not change B (keys and values over 128 bytes are stored as pointers); they are checked for sense.
        if (keySize != null) {
            number(at + "keySize", keySize, MAX_KEY_OR_VALUE_SIZE);
        }
        if (valueSize != null) {
            number(at + "valueSize", valueSize, MAX_KEY_OR_VALUE_SIZE);
        }
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
