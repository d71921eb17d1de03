package dev.gopherdrill.simulation.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gopherdrill.account.UiLanguage;
import dev.gopherdrill.content.store.MarkdownRenderer;
import dev.gopherdrill.problem.Problem;
import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Parameter;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.SimulationInputException;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.escape.Analysis;
import dev.gopherdrill.simulation.escape.Diagnostic;
import dev.gopherdrill.simulation.escape.EscapeAnalyzer;
import dev.gopherdrill.simulation.escape.EscapeExamples;
import dev.gopherdrill.simulation.escape.EscapePicture;
import dev.gopherdrill.simulation.escape.EscapeSourceException;
import dev.gopherdrill.simulation.registry.Simulations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * The playground, public like the simulation API: pick a simulation, set its
 * parameters, step through the trace and see the state drawn. Every view is a plain GET
 * URL (bookmarkable, works without JavaScript); with htmx a step swaps only the step.
 */
@Path("/playground")
@Produces(MediaType.TEXT_HTML)
public class PlaygroundPages {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    @Inject
    UiLanguage ui;

    /** A parameter's form field and its current value (empty: the full range). */
    public record Field(Parameter parameter, String description, String value) {
    }

    /** A simulation as the list shows it, its title in the page's language. */
    public record Entry(Simulation simulation, String title) {
    }

    /** What one step shows; {@code base} is the URL without {@code step=}. */
    public record StepView(int index, int count, String text, String svg, String base, String answer) {
        public boolean first() {
            return index == 0;
        }

        public boolean last() {
            return index == count - 1;
        }

        public int number() {
            return index + 1;
        }

        public int percent() {
            return number() * 100 / count;
        }
    }

    public record View(Simulation simulation, String title, List<Field> fields, long seed, String goVersion,
                       List<String> versions, String questionHtml, StepView step, String error) {
    }

    /** One line of the analysed source, with the diagnostics the compiler prints at it. */
    public record SourceLine(int number, String code, List<Note> notes, boolean error) {
    }

    /**
     * One diagnostic as the escape page shows it: {@code verdict} (heap, stack or leak)
     * colours it, {@code path} is the flow that decided it.
     */
    public record Note(int index, String text, String message, String verdict, List<String> path) {
    }

    /** An example program the page offers: its name in the URL and its title. */
    public record Example(String name, String title) {
    }

    /**
     * The analysed file; {@code error} is the analyzer's own {@code line:col: ...} message, shown
     * verbatim in every language (as Go's compiler would print it), with {@code unsupported}
     * choosing the page's sentence that frames it.
     */
    public record EscapeView(String source, List<SourceLine> lines, List<Note> notes, String error,
                             boolean unsupported, List<Example> examples, String example) {
        public boolean analysed() {
            return error == null && !tooLong() && !lines.isEmpty();
        }

        public boolean tooLong() {
            return source.length() > EscapeAnalyzer.MAX_SOURCE_CHARS;
        }

        public int maxChars() {
            return EscapeAnalyzer.MAX_SOURCE_CHARS;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Entry> simulations);

        static native TemplateInstance escape(EscapeView view);

        static native TemplateInstance escape$result(EscapeView view);

        static native TemplateInstance simulation(View view);

        static native TemplateInstance step(StepView step);
    }

    @GET
    public TemplateInstance index() {
        Language l = Language.of(ui.getLang());
        return Templates.index(Simulations.all().stream().map(s -> new Entry(s, s.title(l))).toList());
    }

    /** The escape analyzer on a pasted file: an example to start from, analysed at once. */
    @GET
    @Path("/escape")
    public TemplateInstance escape(@QueryParam("example") String example) {
        String name = example == null || !EscapeExamples.NAMES.contains(example) ? EscapeExamples.NAMES.get(0) : example;
        return Templates.escape(view(EscapeExamples.source(name), name, Language.of(ui.getLang())));
    }

    /** Analyses the editor's text; htmx swaps only the result, a plain form post gets the page. */
    @POST
    @SimulationWork
    @Path("/escape")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance analyse(@FormParam("source") String source, @HeaderParam("HX-Request") String htmx) {
        EscapeView view = view(source == null ? "" : source, null, Language.of(ui.getLang()));
        return (htmx == null ? Templates.escape(view) : Templates.escape$result(view));
    }

    private static EscapeView view(String source, String example, Language language) {
        List<Example> examples = EscapeExamples.NAMES.stream()
                .map(n -> new Example(n, EscapeExamples.title(n, language))).toList();
        if (source.length() > EscapeAnalyzer.MAX_SOURCE_CHARS) {
            return new EscapeView(source, List.of(), List.of(), null, false, examples, example);
        }
        String[] code = source.split("\n", -1);
        Analysis analysis;
        try {
            analysis = EscapeAnalyzer.analyze(source);
        } catch (EscapeSourceException e) {
            return new EscapeView(source, listing(code, Map.of(), e.line()), List.of(), e.getMessage(),
                    e.unsupported(), examples, example);
        }
        List<Note> notes = new ArrayList<>();
        Map<Integer, List<Note>> byLine = new HashMap<>();
        for (Diagnostic d : analysis.diagnostics()) {
            Note n = new Note(notes.size() + 1, d.text(), d.message(), EscapePicture.verdict(d.message()), d.path());
            notes.add(n);
            byLine.computeIfAbsent(d.line(), k -> new ArrayList<>()).add(n);
        }
        return new EscapeView(source, listing(code, byLine, 0), notes, null, false, examples, example);
    }

    /** The source lines with their notes; {@code errorLine} (1-based, 0 for none) is marked. */
    private static List<SourceLine> listing(String[] code, Map<Integer, List<Note>> byLine, int errorLine) {
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < code.length; i++) {
            lines.add(new SourceLine(i + 1, code[i], byLine.getOrDefault(i + 1, List.of()), i + 1 == errorLine));
        }
        return lines;
    }

    @SimulationWork
    @GET
    @Path("/{id}")
    public TemplateInstance simulation(@PathParam("id") String id, @Context UriInfo uri,
                                       @HeaderParam("HX-Target") String htmxTarget) {
        Simulation sim = Simulations.find(id).orElseThrow(() -> Problem.notFound("no simulation \"" + id + "\""));
        var query = uri.getQueryParameters();
        Map<String, String> ranges = new LinkedHashMap<>();
        List<Field> fields = new ArrayList<>();
        for (Parameter p : sim.parameters()) {
            String v = query.getFirst(p.name());
            if (v != null && !v.isBlank()) {
                ranges.put(p.name(), v.strip());
            }
            fields.add(new Field(p, p.description(Language.of(ui.getLang())), v == null ? "" : v.strip()));
        }
        String seedText = query.getFirst("seed");
        String versionText = query.getFirst("goVersion");
        List<String> versions = new ArrayList<>();
        for (GoVersion v = sim.oldest(); v.compareTo(sim.newest()) <= 0; v = new GoVersion(v.major(), v.minor() + 1)) {
            versions.add(v.toString());
        }
        long seed = 1;
        String version = versionText == null || versionText.isBlank() ? sim.defaultVersion().toString() : versionText;
        try {
            seed = seedText == null || seedText.isBlank() ? 1 : Long.parseLong(seedText.strip());
        } catch (NumberFormatException e) {
            return page(sim, fields, seed, version, versions, null, null, "seed: expected an integer, got " + seedText);
        }
        Question q;
        try {
            GoVersion v = GoVersion.parse(version);
            if (!sim.supports(v)) {
                throw new SimulationInputException("goVersion", sim.id() + " covers Go " + sim.oldest() + " to "
                        + sim.newest());
            }
            q = sim.question(seed, v, ranges, Language.of(ui.getLang()));
        } catch (SimulationInputException e) {
            return page(sim, fields, seed, version, versions, null, null, e.getMessage());
        }
        StringBuilder base = new StringBuilder("/playground/" + sim.id() + "?seed=" + seed + "&goVersion=" + version);
        ranges.forEach((k, v) -> base.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        int index = 0;
        try {
            index = Integer.parseInt(query.getFirst("step") == null ? "0" : query.getFirst("step"));
        } catch (NumberFormatException e) {
            index = 0;
        }
        index = Math.max(0, Math.min(q.trace().size() - 1, index));
        Step s = q.trace().get(index);
        StepView step = new StepView(index, q.trace().size(), s.text(),
                s.svg(Language.of(ui.getLang())), base.toString(),
                q.answer());
        if ("step".equals(htmxTarget)) {
            return Templates.step(step);
        }
        return page(sim, fields, seed, version, versions, MARKDOWN.block(q.question()), step, null);
    }

    private TemplateInstance page(Simulation sim, List<Field> fields, long seed, String version, List<String> versions,
                                  String questionHtml, StepView step, String error) {
        return Templates.simulation(new View(sim, sim.title(Language.of(ui.getLang())), fields, seed, version, versions, questionHtml, step, error));
    }
}
