package dev.gopherdrill.simulation.slices;

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

/**
 * "What is cap(s) after this append?" — generated from {@link GrowSlice}, for element
 * types whose sizes cover the interesting cases: 0, 1, powers of two, and sizes that
 * are not (3, 5, 12, 24, 40, 100 bytes), where the size-class rounding gives odd caps.
 */
public final class SliceAppendSimulation implements Simulation {

    public static final String ID = "slice.append";

    /** An element type: its size in bytes on linux/amd64, and whether it holds pointers (Go ≥ 1.22 cares). */
    public record ElemType(int size, boolean pointers) {
    }

    /** Element types by name. */
    public static final Map<String, ElemType> ELEMENT_TYPES = elementTypes();

    /** Questions allocate for real in their verification program: keep them small. */
    static final long MAX_ELEMENTS = 100_000;

    /** The state a playground draws: the backing array before and after. */
    public record State(String elem, long elemSize, long len, long cap, long bytes, Long formulaCap,
                        Integer sizeClass) implements StepState {
        @Override
        public String svg(Language language) {
            return SlicePicture.svg(this, language);
        }
    }

    private static Map<String, ElemType> elementTypes() {
        Map<String, ElemType> m = new LinkedHashMap<>();
        m.put("byte", new ElemType(1, false));
        m.put("int8", new ElemType(1, false));
        m.put("int16", new ElemType(2, false));
        m.put("[3]byte", new ElemType(3, false));
        m.put("int32", new ElemType(4, false));
        m.put("[5]byte", new ElemType(5, false));
        m.put("int", new ElemType(8, false));
        m.put("int64", new ElemType(8, false));
        m.put("*int", new ElemType(8, true));
        m.put("[12]byte", new ElemType(12, false));
        m.put("string", new ElemType(16, true));
        m.put("[]int", new ElemType(24, true));
        m.put("[3]int64", new ElemType(24, false));
        m.put("[40]byte", new ElemType(40, false));
        m.put("[100]byte", new ElemType(100, false));
        m.put("struct{}", new ElemType(0, false));
        return m;
    }

    @Override
    public About about() {
        return new About(ID, Texts.TITLE,
                new GoVersion(1, 17), new GoVersion(1, 23));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.choice("elem", Texts.ELEM, List.copyOf(ELEMENT_TYPES.keySet())),
                Parameter.range("startLen", Texts.START_LEN, 0, MAX_ELEMENTS, "0..1200"),
                Parameter.range("startCap", Texts.START_CAP, 0, MAX_ELEMENTS, "startLen..1300"),
                Parameter.range("add", Texts.ADD, 0, MAX_ELEMENTS, "1..1500"));
    }

    @Override
    public Question generate(long seed, GoVersion version, Map<String, String> values, SplittableRandom random,
                             Language language) {
        String elem = values.get("elem");
        ElemType type = ELEMENT_TYPES.get(elem);
        long size = type.size();
        long len = Long.parseLong(values.get("startLen"));
        long cap = Math.max(len, Long.parseLong(values.get("startCap")));
        long add = Long.parseLong(values.get("add"));
        GrowSlice.Result r = GrowSlice.append(version, size, type.pointers(), len, cap, add);

        List<String> lines = List.of("s := make([]" + elem + ", " + len + ", " + cap + ")",
                "extra := make([]" + elem + ", " + add + ")", "s = append(s, extra...)", "fmt.Println(cap(s))");
        String code = String.join("\n", lines);
        String question = Texts.QUESTION.in(language, version, elem, size, code);
        List<Step> trace = new ArrayList<>();
        trace.add(new Step(Texts.MAKE.in(language, elem, len, cap, len, cap, cap * size),
                new State(elem, size, len, cap, cap * size, null, null)));
        if (r.growth() == null) {
            trace.add(new Step(Texts.FITS.in(language, add, len + add, cap, cap),
                    new State(elem, size, r.len(), r.cap(), cap * size, null, null)));
        } else {
            GrowSlice.Growth g = r.growth();
            trace.add(new Step(Texts.GROWS.in(language, add, g.needed(), cap, g.needed()),
                    new State(elem, size, len, cap, cap * size, g.formulaCap(), null)));
            trace.add(new Step(GrowSlice.explain(g, size, language),
                    new State(elem, size, len, g.newCap(), g.allocatedBytes(), g.formulaCap(), g.sizeClass())));
            trace.add(new Step(Texts.COPY.in(language, len, add, r.len(), r.cap()),
                    new State(elem, size, r.len(), r.cap(), g.allocatedBytes(), g.formulaCap(),
                            g.sizeClass())));
        }
        String program = "package main\n\nimport \"fmt\"\n\nfunc main() {\n"
                + String.join("", lines.stream().map(l -> "\t" + l + "\n").toList()) + "}\n";
        String answer = Long.toString(r.cap());
        return new Question(ID, seed, version.toString(), Map.of("elem", elem, "startLen", "" + len,
                "startCap", "" + cap, "add", "" + add, "elemSize", "" + size), question, answer, List.of(answer),
                trace, new Verification(version.toString(), program, answer + "\n", 0, ""));
    }
}
