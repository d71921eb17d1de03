package dev.gopherdrill.simulation.leaks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Parameter;
import dev.gopherdrill.simulation.Question;
import dev.gopherdrill.simulation.Simulation;
import dev.gopherdrill.simulation.Verification;
import dev.gopherdrill.simulation.leaks.LeakModel.LeakRun;
import dev.gopherdrill.simulation.leaks.LeakScenario.Pattern;

/**
 * "How many goroutines are still there?" for the four classic goroutine leaks
 * ({@link Pattern}), each run inside a function, settled, and counted with
 * {@code runtime.NumGoroutine()}: the count ({@code ask: count}), or which goroutines
 * are left blocked and with which wait reason ({@code ask: blocked}), for the program
 * as shown or after its fix ({@code fix: yes}, which shows the leaky program and names
 * the change). Answered and traced by {@link LeakModel}; shown and verified as the Go
 * programs {@link LeakPrograms} prints.
 *
 * Nothing is drawn from {@code random} beyond the parameters: every combination of
 * them is one program with one answer.
 */
public final class LeakSimulation implements Simulation {

    public static final String ID = "leak.goroutines";

    static final List<String> PATTERNS = List.of("receiver", "timeout", "range", "context");
    static final List<String> FIXES = List.of("no", "yes");
    static final List<String> ASKS = List.of("count", "blocked");

    /** The blocked answer when every goroutine but main has returned. */
    static final String NONE = "none";

    @Override
    public About about() {
        return new About(ID, Texts.TITLE,
                new GoVersion(1, 17), new GoVersion(1, 24));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.choice("pattern", Texts.PATTERN, PATTERNS),
                Parameter.range("workers", Texts.WORKERS, 1,
                        LeakScenario.MAX_WORKERS),
                Parameter.range("buffer", Texts.BUFFER, 0, LeakScenario.MAX_BUFFER),
                Parameter.range("jobs", Texts.JOBS, 0, LeakScenario.MAX_JOBS,
                        "0..workers"),
                Parameter.choice("fix", Texts.FIX, FIXES),
                Parameter.choice("ask", Texts.ASK, ASKS));
    }

    @Override
    public Question generate(long seed, GoVersion version, Map<String, String> values, SplittableRandom random,
                             Language language) {
        LeakScenario leaky = new LeakScenario(Pattern.of(values.get("pattern")),
                Integer.parseInt(values.get("workers")), Integer.parseInt(values.get("buffer")),
                Integer.parseInt(values.get("jobs")), false);
        boolean fix = values.get("fix").equals("yes");
        boolean count = values.get("ask").equals("count");
        LeakScenario asked = fix ? leaky.withFix() : leaky;
        LeakRun run = LeakModel.run(asked, version, language);

        String block = "```go\n" + LeakPrograms.program(leaky).source() + "```";
        String change = fix ? LeakPrograms.change(leaky) : "";
        StringBuilder question = new StringBuilder(block).append("\n\n").append(Texts.SETTLE.in(language));
        if (fix) {
            question.append(Texts.THE_FIX.in(language, change));
        }
        String answer;
        List<String> accepted;
        if (count) {
            question.append((fix ? Texts.ASK_COUNT_FIXED : Texts.ASK_COUNT).in(language));
            answer = Integer.toString(run.numGoroutine());
            accepted = List.of(answer);
        } else {
            question.append((fix ? Texts.ASK_BLOCKED_FIXED : Texts.ASK_BLOCKED).in(language, NONE));
            List<String> lines = run.blockedByReason();
            answer = lines.isEmpty() ? NONE : String.join("\n", lines);
            accepted = lines.isEmpty() ? List.of(NONE, "0", "no goroutines", "nothing") : spellings(lines);
        }
        Map<String, String> params = Map.of("pattern", leaky.pattern().id(), "workers", values.get("workers"),
                "buffer", values.get("buffer"), "jobs", values.get("jobs"), "fix", values.get("fix"),
                "ask", values.get("ask"), "program", block, "change", change);
        return new Question(ID, seed, version.toString(), params, question.toString(), answer, accepted,
                run.trace(), new Verification(version.toString(), LeakPrograms.verification(asked).source(),
                        run.verificationStdout(), 0, ""));
    }

    /**
     * The lines in either order (there are at most two reasons), each as {@code 2 chan send},
     * {@code 2 goroutines chan send} or {@code 2 × chan send}.
     */
    private static List<String> spellings(List<String> lines) {
        if (lines.size() > 2) {
            throw new IllegalStateException("more wait reasons than any pattern has: " + lines);
        }
        List<List<String>> orders = lines.size() == 1 ? List.of(lines) : List.of(lines, List.of(lines.get(1),
                lines.get(0)));
        List<String> out = new ArrayList<>();
        for (int form = 0; form < 3; form++) {
            for (List<String> order : orders) {
                List<String> spelled = new ArrayList<>();
                for (String line : order) {
                    String n = line.substring(0, line.indexOf(' '));
                    String reason = line.substring(n.length() + 1);
                    spelled.add(form == 0 ? line : form == 1
                            ? n + (n.equals("1") ? " goroutine " : " goroutines ") + reason : n + " × " + reason);
                }
                out.add(String.join("\n", spelled));
            }
        }
        return out;
    }
}
