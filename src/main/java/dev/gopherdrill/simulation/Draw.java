package dev.gopherdrill.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws parameter values in declaration order, so a range may be bounded by a parameter
 * drawn before it ({@code startCap: startLen..16}). Ranges are written as in a card:
 * {@code "lo..hi"}, a single integer, or a choice list {@code "[int8, int64]"}.
 */
final class Draw {

    private static final Pattern RANGE = Pattern.compile("\\s*(\\w+)\\s*\\.\\.\\s*(\\w+)\\s*");

    private Draw() {
    }

    static Map<String, String> values(List<Parameter> parameters, Map<String, String> ranges, SplittableRandom random) {
        for (String name : ranges.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(name))) {
                throw new SimulationInputException("params." + name, "no such parameter; expected one of "
                        + String.join(", ", parameters.stream().map(Parameter::name).toList()));
            }
        }
        Map<String, String> drawn = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            String asked = ranges.getOrDefault(p.name(), p.defaultRange());
            String field = "params." + p.name();
            if (p.isChoice()) {
                List<String> options = asked == null ? p.choices() : choices(asked, p, field);
                drawn.put(p.name(), options.get(random.nextInt(options.size())));
            } else {
                long[] r = range(asked, p, field, drawn);
                drawn.put(p.name(), Long.toString(r[0] + random.nextLong(r[1] - r[0] + 1)));
            }
        }
        return drawn;
    }

    private static List<String> choices(String asked, Parameter p, String field) {
        String body = asked.strip();
        if (body.startsWith("[") && body.endsWith("]")) {
            body = body.substring(1, body.length() - 1);
        }
        List<String> picked = java.util.Arrays.stream(body.split(","))
                .map(s -> s.strip().replaceAll("^\"|\"$", "")).filter(s -> !s.isEmpty()).toList();
        for (String s : picked) {
            if (!p.choices().contains(s)) {
                throw new SimulationInputException(field, "\"" + s + "\" is not one of " + p.choices());
            }
        }
        if (picked.isEmpty()) {
            throw new SimulationInputException(field, "choose at least one of " + p.choices());
        }
        return picked;
    }

    private static long[] range(String asked, Parameter p, String field, Map<String, String> drawn) {
        Matcher m = RANGE.matcher(asked);
        String lo = m.matches() ? m.group(1) : asked.strip();
        String hi = m.matches() ? m.group(2) : asked.strip();
        long[] r = {bound(lo, p, field, drawn), bound(hi, p, field, drawn)};
        if (r[0] > r[1]) {
            throw new SimulationInputException(field, "the range " + asked.strip() + " is empty");
        }
        return r;
    }

    private static long bound(String s, Parameter p, String field, Map<String, String> drawn) {
        long v;
        if (drawn.containsKey(s)) {
            v = Long.parseLong(drawn.get(s));
        } else if (s.matches("-?\\d{1,15}")) {
            v = Long.parseLong(s);
        } else {
            throw new SimulationInputException(field, "expected lo..hi with integers or earlier parameters, got " + s);
        }
        if (v < p.min() || v > p.max()) {
            throw new SimulationInputException(field, v + " is outside " + p.min() + ".." + p.max());
        }
        return v;
    }
}
