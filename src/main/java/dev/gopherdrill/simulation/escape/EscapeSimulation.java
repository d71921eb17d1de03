package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Parameter;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.StepState;
import dev.gopherdrill.simulation.Verification;
import dev.gopherdrill.simulation.escape.EscapeAnswers.Answer;
import dev.gopherdrill.simulation.escape.EscapePrograms.Case;
import dev.gopherdrill.simulation.escape.EscapePrograms.Escapes;
import dev.gopherdrill.simulation.escape.EscapePrograms.Heap;
import dev.gopherdrill.simulation.escape.EscapePrograms.Param;
import dev.gopherdrill.simulation.escape.EscapePrograms.Program;

/**
 * "Which variables does the compiler move to the heap?", "Does this {@code make} escape?",
 * "What does {@code -m} say about parameter p?" — about a small Go program that
 * {@link EscapePrograms} builds from the {@code case} parameter (one template per
 * phenomenon: a returned pointer, a package-level store, a closure capture, an interface
 * argument, the 64 KiB and 10 MiB size limits, a leaking parameter, append, channel send,
 * a sliced array, a conversion). The answer is read ({@link EscapeAnswers}) off what
 * {@link EscapeAnalyzer#analyze} prints for that program, never written into a template, and
 * the trace is the analyzer's diagnostics in the compiler's order, each with its flow path.
 *
 * Escape analysis happens at compile time, so these questions are verified by compiling,
 * not by running: the {@link Verification}'s program is the question's program, and its
 * {@code stdout} holds the lines {@code go build -gcflags='-m -l' main.go} writes (on stderr,
 * after its {@code # command-line-arguments} line), which the differential test compares with
 * the real Go 1.19 compiler's. Only Go 1.19 is covered: the analyzer models
 * {@code cmd/compile/internal/escape} of that release, whose wording and positions later
 * releases change.
 */
public final class EscapeSimulation implements Simulation {

    public static final String ID = "escape.heap";

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);

    /** Elements over or under a size limit a question may ask for: -8 to 8. */
    static final List<String> MARGINS = java.util.stream.IntStream.rangeClosed(-8, 8).mapToObj(Integer::toString)
            .toList();

    /** The state a playground draws at each step: one diagnostic, and whether the answer is read off it. */
    public record State(int line, int col, String message, List<String> path, boolean decisive) implements StepState {
        @Override
        public String svg(Language language) {
            return EscapePicture.svg(this, language);
        }
    }

    @Override
    public About about() {
        return new About(ID, Texts.TITLE, GO_1_19, GO_1_19);
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.choice("case", Texts.CASE, Case.ids()),
                Parameter.choice("elem", Texts.ELEM, EscapePrograms.ELEMENT_NAMES),
                Parameter.choice("margin", Texts.MARGIN, MARGINS),
                Parameter.choice("length", Texts.LENGTH, EscapePrograms.LENGTHS));
    }

    @Override
    public Question generate(long seed, GoVersion version, Map<String, String> values, SplittableRandom random,
                             Language language) {
        Case c = Case.of(values.get("case"));
        String elem = values.get("elem");
        int margin = Integer.parseInt(values.get("margin"));
        Program program = EscapePrograms.build(c, elem, margin, values.get("length"), random);
        Analysis analysis = EscapeAnalyzer.analyze(program.source());
        List<String> lines = analysis.lines();
        Answer answer = EscapeAnswers.of(program.ask(), lines);

        String block = "```go\n" + program.source() + "```";
        String ask = askText(program, language);
        String question = Texts.QUESTION.in(language, version, block, ask);

        List<Step> trace = new ArrayList<>();
        if (analysis.diagnostics().isEmpty()) {
            trace.add(new Step(Texts.NOTHING_PRINTED.in(language, program.phenomenon()), null));
        }
        for (Diagnostic d : analysis.diagnostics()) {
            boolean decisive = answer.decisive().contains(d.text());
            String why = d.path().isEmpty() ? "" : " — " + String.join(" → ", d.path());
            trace.add(new Step(d.text() + why, new State(d.line(), d.col(), d.message(), d.path(), decisive)));
        }
        trace.add(new Step(conclusion(program, answer, language), null));

        StringBuilder stdout = new StringBuilder();
        lines.forEach(l -> stdout.append("./main.go:").append(l).append('\n'));
        Map<String, String> params = new LinkedHashMap<>(values);
        params.put("program", block);
        params.put("ask", ask);
        params.put("bytes", Long.toString(bytes(c, elem, margin)));
        return new Question(ID, seed, version.toString(), params, question, answer.text(), answer.accepted(), trace,
                new Verification(version.toString(), program.source(), stdout.toString(), 0, ""));
    }

    private static String askText(Program p, Language language) {
        if (p.ask() instanceof Heap h) {
            if (h.candidates().size() == 1) {
                return Texts.ASK_ONE.in(language, h.candidates().get(0), h.candidates().get(0), EscapeAnswers.NONE);
            }
            return Texts.ASK_WHICH.in(language, String.join(", ", h.candidates().stream().map(n -> "`" + n + "`")
                    .toList()), EscapeAnswers.NONE);
        }
        if (p.ask() instanceof Escapes e) {
            return Texts.ASK_ESCAPES.in(language, e.code(), e.line());
        }
        Param q = (Param) p.ask();
        String role = (q.function().startsWith("(") ? Texts.RECEIVER : Texts.PARAMETER).in(language);
        return Texts.ASK_PARAM.in(language, role, q.name(), q.function());
    }

    private static String conclusion(Program p, Answer a, Language language) {
        String from = a.decisive().isEmpty() ? Texts.NO_MOVED_LINE.in(language, String.join(", ",
                ((Heap) p.ask()).candidates())) : String.join("; ", a.decisive());
        return Texts.CONCLUSION.in(language, a.text(), from, p.phenomenon());
    }

    /** The bytes the sized cases allocate or declare, for a card's {@code {bytes}}; 0 for the others. */
    static long bytes(Case c, String elem, int margin) {
        long limit = switch (c) {
            case MAKE_SIZE, NEW_SIZE -> EscapePrograms.IMPLICIT_LIMIT;
            case VAR_SIZE -> EscapePrograms.EXPLICIT_LIMIT;
            case CLOSURE_CAPTURE -> EscapePrograms.CAPTURE_BY_VALUE_LIMIT;
            default -> 0;
        };
        return limit == 0 ? 0 : EscapePrograms.count(limit, elem, margin) * EscapePrograms.ELEMENTS.get(elem);
    }
}
