package dev.gopherdrill.simulation.context;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.context.ContextScenario.Advance;
import dev.gopherdrill.simulation.context.ContextScenario.AfterFunc;
import dev.gopherdrill.simulation.context.ContextScenario.Ask;
import dev.gopherdrill.simulation.context.ContextScenario.Cancel;
import dev.gopherdrill.simulation.context.ContextScenario.Derive;
import dev.gopherdrill.simulation.context.ContextScenario.Op;
import dev.gopherdrill.simulation.context.ContextScenario.Query;
import dev.gopherdrill.simulation.context.ContextScenario.WithCancel;
import dev.gopherdrill.simulation.context.ContextScenario.WithTimeout;
import dev.gopherdrill.simulation.context.ContextScenario.WithValue;

/**
 * A {@link ContextScenario} executed on a {@link ContextModel}: one trace step per statement, with
 * the tree after it, and the lines the prints at the end write.
 *
 * @param stdout the printed lines, without newlines
 */
public record ContextRun(List<Step> trace, List<String> stdout) {

    public ContextRun {
        trace = List.copyOf(trace);
        stdout = List.copyOf(stdout);
    }

    /**
     * @throws dev.gopherdrill.simulation.SimulationInputException naming {@code goVersion} when the
     *         scenario uses an API the release does not have (the program would not compile)
     */
    public static ContextRun run(ContextScenario s, GoVersion version) {
        return run(s, version, Language.EN);
    }

    /** As above, the trace written in {@code language}. */
    public static ContextRun run(ContextScenario s, GoVersion version, Language language) {
        ContextModel tree = new ContextModel(version, ContextScenario.ROOT, s.todo(), language);
        List<Step> trace = new ArrayList<>();
        trace.add(new Step(Texts.ROOT.in(language, s.todo() ? "TODO" : "Background"), tree.state()));
        Set<String> causeFuncs = new HashSet<>();
        for (Op op : s.ops()) {
            String text;
            if (op instanceof Derive d) {
                text = derive(tree, d);
                if (ContextScenario.takesCause(d.with())) {
                    causeFuncs.add(d.name());
                }
            } else if (op instanceof Cancel c) {
                boolean causeFunc = causeFuncs.contains(c.name());
                String call = "cancel" + ContextModel.capitalised(c.name()) + "("
                        + (causeFunc ? (c.cause() == null ? "nil" : c.cause()) : "") + ")";
                text = tree.cancel(c.name(), c.cause() == null ? null : ContextScenario.CAUSES.get(c.cause()), call);
            } else if (op instanceof AfterFunc a) {
                text = tree.afterFunc(a.stop(), a.ctx());
            } else if (op instanceof Advance) {
                text = Texts.SLEEP.in(language, tree.advance(ContextScenario.ADVANCE_MILLIS));
            } else {
                throw new IllegalArgumentException("unknown statement " + op);
            }
            trace.add(new Step(text, tree.state()));
        }
        List<String> stdout = new ArrayList<>();
        for (Query q : s.queries()) {
            String line;
            String why;
            if (q.ask() == Ask.STOP) {
                ContextModel.Stop stop = tree.stop(q.name());
                line = q.name() + ": " + stop.stopped();
                why = ": " + stop.text();
            } else {
                line = q.name() + ": " + answer(tree, q);
                why = why(tree, q, language);
            }
            stdout.add(line);
            trace.add(new Step(Texts.PRINTS.in(language, ContextPrograms.print(q), line) + why, tree.state()));
        }
        return new ContextRun(trace, stdout);
    }

    /** The output as the program writes it: every line ends in a newline. */
    public String stdoutText() {
        StringBuilder sb = new StringBuilder();
        stdout.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    private static String derive(ContextModel tree, Derive d) {
        String call = ContextPrograms.call(d).replaceFirst("^context\\.", "");
        if (d.with() instanceof WithCancel c) {
            return tree.withCancel(d.name(), d.parent(), c.cause());
        } else if (d.with() instanceof WithTimeout t) {
            return tree.withDeadline(d.name(), d.parent(), t.millis(),
                    t.cause() == null ? null : ContextScenario.CAUSES.get(t.cause()), call);
        } else if (d.with() instanceof WithValue v) {
            return tree.withValue(d.name(), d.parent(), v.key(), v.value());
        }
        return tree.withoutCancel(d.name(), d.parent());
    }

    private static String answer(ContextModel tree, Query q) {
        return switch (q.ask()) {
            case ERR -> nil(tree.err(q.name()));
            case CAUSE -> nil(tree.cause(q.name()));
            case VALUE -> nil(tree.value(q.name(), q.key()));
            case DEADLINE -> {
                Long d = tree.deadline(q.name());
                yield d == null ? "none" : GoDuration.string(GoDuration.round((d - tree.now()) * GoDuration.MICROSECOND,
                        GoDuration.MINUTE));
            }
            case DONE -> Boolean.toString(tree.done(q.name()));
            case TYPE -> tree.goType(q.name());
            case STOP -> throw new IllegalArgumentException("stop() changes the tree; run() calls it");
        };
    }

    private static String why(ContextModel tree, Query q, Language language) {
        return switch (q.ask()) {
            case ERR, DONE -> "";
            case CAUSE -> (tree.cause(q.name()) == null ? Texts.NO_CAUSE : Texts.FIRST_CAUSE).in(language);
            case VALUE -> (tree.value(q.name(), q.key()) == null ? Texts.NO_VALUE : Texts.NEAREST_VALUE)
                    .in(language, q.key().go());
            case DEADLINE -> tree.deadline(q.name()) == null ? Texts.NO_DEADLINE.in(language)
                    : Texts.TIME_LEFT.in(language, ContextModel.at(tree.deadline(q.name())));
            case TYPE, STOP -> "";
        };
    }

    private static String nil(String s) {
        return s == null ? "<nil>" : s;
    }
}
