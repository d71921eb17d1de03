package dev.gopherdrill.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gopherdrill.content.CardKind.Section;
import dev.gopherdrill.simulation.Text;

/**
 * Reads one deck file ({@code <deck>.<lang>.md}) into cards, line by line.
 *
 * The format is plain CommonMark that reads well on a code host: a level-1 heading for
 * the deck, a level-2 heading per card, a fenced {@code card} block of {@code key: value}
 * metadata, the prompt, then level-3 sections (see content/FORMAT.md). Headings inside
 * fenced code blocks are code, not structure, so fences are tracked throughout.
 *
 * The parser never throws on bad input: every problem becomes a {@link ContentProblem}
 * with the line an author has to fix, the card it occurs in is dropped, and parsing goes
 * on with the next card. A YAML library was rejected for the metadata: the block is a
 * handful of flat keys, and a hand-written reader can name the exact line of a mistake.
 */
public final class DeckParser {

    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FILE_NAME = Pattern.compile("(?:.*/)?([a-z0-9-]+)\\.([a-z]{2})\\.md");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})\\s*([^`\\s]*).*");
    private static final Pattern CHOICE = Pattern.compile("[-*+] \\[([ xX])\\] (.*)");
    private static final Pattern BULLET = Pattern.compile("[-*+] (.*)");
    /**
     * A key point's synonyms: a nested list item {@code   - also: phrase; phrase}. Group 1 is
     * the indentation, group 2 the colon (missing in a malformed line), group 3 the phrases.
     * Chinese authors may type the full-width colon and semicolon.
     */
    private static final Pattern ALSO = Pattern.compile("(\\s*)[-*+]\\s+(?i:also)\\b\\s*([:：])?(.*)");
    private static final Pattern SYNONYM_SEPARATOR = Pattern.compile("[;；]");
    private static final int MAX_ID_LENGTH = 100;

    /** A parsed file: its cards in file order, and what was wrong with it. */
    public record ParsedFile(String file, String deck, String language, String title,
                             List<ParsedCard> cards, List<ContentProblem> problems) {
    }

    /**
     * A card as one file states it. In a translation only {@code id}, {@code line} and
     * {@code text} are set; everything else comes from the canonical file.
     */
    public record ParsedCard(String id, int line, Card card, CardText text, List<Boolean> choiceMarks) {
    }

    /** The file name decides deck and language; {@code file} is relative to the content folder. */
    public ParsedFile parse(String file, String source) {
        List<ContentProblem> problems = new ArrayList<>();
        Matcher name = FILE_NAME.matcher(file);
        if (!name.matches()) {
            problems.add(ContentProblem.of(file, 1, ProblemTexts.FILE_NAME));
            return new ParsedFile(file, "", "", "", List.of(), problems);
        }
        String deck = name.group(1);
        String language = name.group(2);
        if (!ContentSet.LANGUAGES.contains(language)) {
            problems.add(ContentProblem.of(file, 1, ProblemTexts.UNKNOWN_LANGUAGE, language,
                    String.join(", ", ContentSet.LANGUAGES)));
            return new ParsedFile(file, deck, language, "", List.of(), problems);
        }
        boolean canonical = language.equals(Card.CANONICAL_LANGUAGE);

        List<Line> lines = lines(source);
        String title = deck;
        List<List<Line>> chunks = new ArrayList<>();
        boolean sawTitle = false;
        for (Line l : lines) {
            if (l.inFence) {
                if (!chunks.isEmpty()) {
                    chunks.get(chunks.size() - 1).add(l);
                }
                continue;
            }
            if (l.text.startsWith("# ")) {
                if (sawTitle || !chunks.isEmpty()) {
                    problems.add(ContentProblem.of(file, l.number, ProblemTexts.ONE_TITLE));
                } else {
                    title = l.text.substring(2).trim();
                    sawTitle = true;
                }
            } else if (l.text.startsWith("## ")) {
                chunks.add(new ArrayList<>(List.of(l)));
            } else if (!chunks.isEmpty()) {
                chunks.get(chunks.size() - 1).add(l);
            } else if (!sawTitle && !l.text.isBlank()) {
                problems.add(ContentProblem.of(file, l.number, ProblemTexts.TITLE_FIRST));
                sawTitle = true;
            }
        }
        if (!sawTitle) {
            problems.add(ContentProblem.of(file, 1, ProblemTexts.NO_TITLE));
        }
        List<ParsedCard> cards = new ArrayList<>();
        for (List<Line> chunk : chunks) {
            new CardReader(file, deck, canonical, chunk, problems).read().ifPresent(cards::add);
        }
        return new ParsedFile(file, deck, language, title, cards, problems);
    }

    /** One source line, 1-based, and whether it sits inside (or opens/closes) a fenced block. */
    private record Line(int number, String text, boolean inFence) {
    }

    private static List<Line> lines(String source) {
        String[] raw = source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Line> out = new ArrayList<>(raw.length);
        String openFence = null;
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i];
            Matcher f = FENCE.matcher(text);
            if (openFence == null) {
                if (f.matches()) {
                    openFence = f.group(1);
                    out.add(new Line(i + 1, text, true));
                    continue;
                }
                out.add(new Line(i + 1, text, false));
            } else {
                out.add(new Line(i + 1, text, true));
                if (f.matches() && f.group(2).isEmpty() && f.group(1).charAt(0) == openFence.charAt(0)
                        && f.group(1).length() >= openFence.length()) {
                    openFence = null;
                }
            }
        }
        return out;
    }

    /** Reads one card: heading, metadata block, prompt, sections. */
    private static final class CardReader {
        private final String file;
        private final String deck;
        private final boolean canonical;
        private final List<Line> lines;
        private final List<ContentProblem> problems;
        private boolean broken;
        /** A sim card's parameters: the indented lines under {@code params:}. */
        private final Map<String, Meta> params = new LinkedHashMap<>();
        private boolean inParams;

        CardReader(String file, String deck, boolean canonical, List<Line> lines, List<ContentProblem> problems) {
            this.file = file;
            this.deck = deck;
            this.canonical = canonical;
            this.lines = lines;
            this.problems = problems;
        }

        private void problem(int line, Text text, Object... args) {
            problem(line, Wording.of(text, args));
        }

        private void problem(int line, Wording wording) {
            problems.add(ContentProblem.of(file, line, wording));
            broken = true;
        }

        Optional<ParsedCard> read() {
            Line heading = lines.get(0);
            int at = heading.number;
            String title = heading.text.substring(3).trim();
            if (title.isEmpty()) {
                problem(at, ProblemTexts.NO_CARD_TITLE);
            }
            int i = 1;
            while (i < lines.size() && lines.get(i).text.isBlank()) {
                i++;
            }
            if (i >= lines.size() || !lines.get(i).text.trim().matches("(```|~~~)\\s*card\\s*")) {
                problem(at, ProblemTexts.NO_CARD_BLOCK, title);
                return Optional.empty();
            }
            int metaStart = i;
            i++;
            Map<String, Meta> meta = new LinkedHashMap<>();
            while (i < lines.size() && !isFenceClose(lines.get(i))) {
                readMeta(lines.get(i), meta);
                i++;
            }
            if (i >= lines.size()) {
                problem(lines.get(metaStart).number, ProblemTexts.CARD_BLOCK_OPEN);
                return Optional.empty();
            }
            i++;

            List<Line> prompt = new ArrayList<>();
            Map<Section, List<Line>> sections = new EnumMap<>(Section.class);
            Map<Section, Integer> sectionLines = new EnumMap<>(Section.class);
            List<Line> current = prompt;
            for (; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (!l.inFence && l.text.startsWith("### ")) {
                    String name = l.text.substring(4).trim();
                    Optional<Section> s = Section.byHeading(name);
                    if (s.isEmpty()) {
                        problem(l.number, ProblemTexts.UNKNOWN_SECTION, name, String.join(", ", sectionNames()));
                        current = new ArrayList<>();
                    } else if (sections.containsKey(s.get())) {
                        problem(l.number, ProblemTexts.SECTION_TWICE, s.get().heading);
                        current = new ArrayList<>();
                    } else {
                        current = new ArrayList<>();
                        sections.put(s.get(), current);
                        sectionLines.put(s.get(), l.number);
                    }
                } else {
                    current.add(l);
                }
            }

            Meta id = meta.get("id");
            if (id == null) {
                problem(at, ProblemTexts.NO_ID, title);
                return Optional.empty();
            }
            if (!ID.matcher(id.value).matches() || id.value.length() > MAX_ID_LENGTH) {
                problem(id.line, ProblemTexts.BAD_ID, id.value, MAX_ID_LENGTH);
            }
            return canonical ? readCanonical(title, at, meta, prompt, sections, sectionLines)
                    : readTranslation(title, at, meta, prompt, sections, sectionLines);
        }

        private Optional<ParsedCard> readTranslation(String title, int at, Map<String, Meta> meta, List<Line> prompt,
                                                     Map<Section, List<Line>> sections, Map<Section, Integer> sectionLines) {
            for (Meta m : meta.values()) {
                if (!m.key.equals("id")) {
                    problem(m.line, ProblemTexts.TRANSLATION_META, m.key);
                }
            }
            for (Map.Entry<Section, Integer> s : sectionLines.entrySet()) {
                if (!s.getKey().translatable) {
                    problem(s.getValue(), ProblemTexts.TRANSLATION_SECTION, s.getKey().heading);
                }
            }
            List<Boolean> marks = new ArrayList<>();
            CardText text = text(title, prompt, sections, marks);
            if (broken) {
                return Optional.empty();
            }
            return Optional.of(new ParsedCard(meta.get("id").value, at, null, text, marks));
        }

        private Optional<ParsedCard> readCanonical(String title, int at, Map<String, Meta> meta, List<Line> prompt,
                                                   Map<Section, List<Line>> sections, Map<Section, Integer> sectionLines) {
            for (Meta m : meta.values()) {
                if (!KNOWN_KEYS.contains(m.key)) {
                    problem(m.line, ProblemTexts.UNKNOWN_KEY, m.key, String.join(", ", KNOWN_KEYS));
                }
            }
            Meta kindMeta = meta.get("kind");
            CardKind kind = null;
            if (kindMeta == null) {
                problem(at, ProblemTexts.NO_KIND, title);
            } else {
                kind = CardKind.parse(kindMeta.value).orElse(null);
                if (kind == null) {
                    problem(kindMeta.line, ProblemTexts.UNKNOWN_KIND, kindMeta.value);
                }
            }
            GoRange go = GoRange.ANY;
            Meta goMeta = meta.get("go");
            if (goMeta != null) {
                try {
                    go = GoRange.parse(goMeta.value);
                } catch (GoRange.InvalidRange e) {
                    problem(goMeta.line, e.wording());
                }
            }
            int level = 1;
            Meta levelMeta = meta.get("level");
            if (levelMeta != null) {
                if (levelMeta.value.matches("[123]")) {
                    level = Integer.parseInt(levelMeta.value);
                } else {
                    problem(levelMeta.line, ProblemTexts.BAD_LEVEL, levelMeta.value);
                }
            }
            boolean retired = false;
            Meta retiredMeta = meta.get("retired");
            if (retiredMeta != null) {
                if (!retiredMeta.value.matches("true|false")) {
                    problem(retiredMeta.line, ProblemTexts.BAD_RETIRED);
                }
                retired = retiredMeta.value.equals("true");
            }
            List<String> tags = list(meta.get("tags"));
            List<String> followUps = list(meta.get("follow-ups"));
            Meta followMeta = meta.get("follow-ups");
            for (String f : followUps) {
                if (!ID.matcher(f).matches()) {
                    problem(followMeta.line, ProblemTexts.BAD_FOLLOW_UP, f);
                }
            }
            if (followUps.contains(meta.get("id").value)) {
                problem(followMeta.line, ProblemTexts.OWN_FOLLOW_UP);
            }

            List<Boolean> marks = new ArrayList<>();
            CardText text = text(title, prompt, sections, marks);
            List<String> accept = List.of();
            String output = null;
            if (kind != null) {
                for (Section required : kind.required) {
                    if (!sections.containsKey(required)) {
                        problem(at, ProblemTexts.MISSING_SECTION, kind.id(), required.heading);
                    }
                }
                for (Map.Entry<Section, Integer> s : sectionLines.entrySet()) {
                    Section sec = s.getKey();
                    boolean answerSection = sec == Section.CHOICES || sec == Section.ACCEPT || sec == Section.OUTPUT
                            || sec == Section.ANSWER;
                    if (answerSection && !kind.required.contains(sec)) {
                        problem(s.getValue(), ProblemTexts.FOREIGN_SECTION, sec.heading, kind.id());
                    }
                }
                if (kind == CardKind.CHOICE && sections.containsKey(Section.CHOICES)
                        && !(marks.contains(true) && marks.contains(false))) {
                    problem(sectionLines.get(Section.CHOICES), ProblemTexts.CHOICE_MARKS);
                }
                if (kind == CardKind.EXACT && sections.containsKey(Section.ACCEPT)) {
                    accept = bullets(sections.get(Section.ACCEPT)).stream().map(DeckParser::unquoteCode).toList();
                    if (accept.isEmpty()) {
                        problem(sectionLines.get(Section.ACCEPT), ProblemTexts.EMPTY_ACCEPT);
                    }
                }
                if (kind == CardKind.PREDICT) {
                    if (prompt.stream().noneMatch(l -> l.inFence && l.text.trim().matches("(```|~~~)\\s*go\\s*"))) {
                        problem(at, ProblemTexts.PREDICT_PROGRAM);
                    }
                    if (sections.containsKey(Section.OUTPUT)) {
                        output = fencedContent(sections.get(Section.OUTPUT));
                        if (output == null) {
                            problem(sectionLines.get(Section.OUTPUT), ProblemTexts.OUTPUT_BLOCK);
                        }
                    }
                }
            }
            Card.Sim sim = readSim(kind, meta, at, go, text.prompt());
            if (broken) {
                return Optional.empty();
            }
            Card card = new Card(meta.get("id").value, deck, kind, go, tags, level, followUps, retired, file, at,
                    accept, output, marks, sim, Map.of(Card.CANONICAL_LANGUAGE, text));
            return Optional.of(new ParsedCard(card.id(), at, card, text, marks));
        }

        /** A sim card names a known simulation and gives only parameters it takes, with valid values. */
        private Card.Sim readSim(CardKind kind, Map<String, Meta> meta, int at, GoRange go, String prompt) {
            Meta simMeta = meta.get("sim");
            if (kind != CardKind.SIM) {
                if (simMeta != null) {
                    problem(simMeta.line, ProblemTexts.SIM_ONLY);
                }
                if (meta.containsKey("params")) {
                    problem(meta.get("params").line, ProblemTexts.PARAMS_ONLY);
                }
                return null;
            }
            if (simMeta == null) {
                problem(at, ProblemTexts.NO_SIM, String.join(" | ", SimulationCatalog.names()));
                return null;
            }
            if (!SimulationCatalog.exists(simMeta.value)) {
                problem(simMeta.line, ProblemTexts.UNKNOWN_SIM, simMeta.value, String.join(", ", SimulationCatalog.names()));
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean valid = true;
            for (Meta p : params.values()) {
                Optional<Wording> problem = SimulationCatalog.check(simMeta.value, p.key, p.value, params.keySet());
                problem.ifPresent(message -> problem(p.line, message));
                valid &= problem.isEmpty();
                values.put(p.key, p.value);
            }
            if (valid) {
                // Draw as practice will: catches ranges that are empty for some draws and stray placeholders.
                SimulationCatalog.Draws draws = SimulationCatalog.draws(simMeta.value, go, values);
                draws.problem().ifPresent(message -> problem(simMeta.line, message));
                if (draws.problem().isEmpty()) {
                    for (String name : SimulationCatalog.unknownPlaceholders(draws.values(), prompt)) {
                        problem(at, ProblemTexts.UNKNOWN_PLACEHOLDER, name, simMeta.value);
                    }
                }
            }
            return new Card.Sim(simMeta.value, values);
        }

        private CardText text(String title, List<Line> prompt, Map<Section, List<Line>> sections, List<Boolean> marks) {
            String promptText = join(prompt);
            if (promptText.isEmpty()) {
                problem(lines.get(0).number, ProblemTexts.NO_PROMPT, title);
            }
            List<String> choices = new ArrayList<>();
            if (sections.containsKey(Section.CHOICES)) {
                for (Line l : sections.get(Section.CHOICES)) {
                    Matcher m = CHOICE.matcher(l.text);
                    if (m.matches()) {
                        marks.add(!m.group(1).equals(" "));
                        choices.add(m.group(2).trim());
                    } else if (!l.text.isBlank()) {
                        problem(l.number, ProblemTexts.CHOICE_ITEM);
                    }
                }
            }
            List<String> keyPoints = new ArrayList<>();
            List<List<String>> synonyms = new ArrayList<>();
            if (sections.containsKey(Section.KEY_POINTS)) {
                keyPoints(sections.get(Section.KEY_POINTS), keyPoints, synonyms);
            }
            List<Line> elsewhere = new ArrayList<>(prompt);
            sections.forEach((section, body) -> {
                if (section != Section.KEY_POINTS) {
                    elsewhere.addAll(body);
                }
            });
            for (Line l : elsewhere) {
                Matcher m = ALSO.matcher(l.text);
                if (!l.inFence && m.matches() && m.group(2) != null) {
                    problem(l.number, ProblemTexts.SYNONYMS_PLACE);
                }
            }
            return new CardText(title, promptText, sectionText(sections, Section.ANSWER), keyPoints,
                    sectionText(sections, Section.EXPLANATION), choices, synonyms);
        }

        /**
         * Key points are bullets, read as {@link DeckParser#bullets} does, except that a
         * nested {@code - also: phrase; phrase} item lists synonyms of the point above it
         * instead of continuing its text: the rendered key point stays as the author wrote it,
         * and on a code host the synonyms read as a sub-item.
         */
        private void keyPoints(List<Line> lines, List<String> points, List<List<String>> synonyms) {
            for (Line l : lines) {
                Matcher also = ALSO.matcher(l.text);
                boolean indented = !l.text.isEmpty() && Character.isWhitespace(l.text.charAt(0));
                if (l.inFence || !also.matches() || !indented && also.group(2) == null) {
                    Matcher m = BULLET.matcher(l.text);
                    if (m.matches() && !l.inFence) {
                        points.add(m.group(1).trim());
                        synonyms.add(new ArrayList<>());
                    } else if (!points.isEmpty() && !l.text.isBlank() && indented) {
                        points.set(points.size() - 1, points.get(points.size() - 1) + " " + l.text.trim());
                    }
                } else if (!indented) {
                    problem(l.number, ProblemTexts.SYNONYMS_INDENT);
                } else if (points.isEmpty()) {
                    problem(l.number, ProblemTexts.SYNONYMS_FOLLOW);
                } else if (also.group(2) == null) {
                    problem(l.number, ProblemTexts.SYNONYMS_COLON);
                } else {
                    for (String phrase : SYNONYM_SEPARATOR.split(also.group(3), -1)) {
                        if (phrase.isBlank()) {
                            problem(l.number, ProblemTexts.EMPTY_SYNONYM);
                        } else {
                            synonyms.get(synonyms.size() - 1).add(phrase.trim());
                        }
                    }
                }
            }
        }

        private boolean isFenceClose(Line l) {
            return l.text.trim().matches("(```|~~~)");
        }

        private void readMeta(Line l, Map<String, Meta> meta) {
            String text = stripComment(l.text).trim();
            if (text.isEmpty()) {
                return;
            }
            boolean indented = Character.isWhitespace(l.text.charAt(0));
            if (indented && inParams) {
                int colon = text.indexOf(':');
                if (colon <= 0) {
                    problem(l.number, ProblemTexts.PARAM_LINE);
                } else if (params.put(text.substring(0, colon).trim(),
                        new Meta(text.substring(0, colon).trim(), unquote(text.substring(colon + 1).trim()), l.number)) != null) {
                    problem(l.number, ProblemTexts.PARAM_TWICE, text.substring(0, colon).trim());
                }
                return;
            }
            inParams = false;
            int colon = text.indexOf(':');
            if (colon <= 0) {
                problem(l.number, ProblemTexts.META_LINE);
                return;
            }
            String key = text.substring(0, colon).trim();
            String value = unquote(text.substring(colon + 1).trim());
            if (meta.containsKey(key)) {
                problem(l.number, ProblemTexts.META_TWICE, key);
                return;
            }
            meta.put(key, new Meta(key, value, l.number));
            if (key.equals("params")) {
                inParams = true;
                if (!value.isEmpty()) {
                    problem(l.number, ProblemTexts.PARAMS_INDENT);
                }
            }
        }

        private List<String> list(Meta m) {
            if (m == null || m.value.isEmpty()) {
                return List.of();
            }
            String v = m.value;
            if (!v.startsWith("[") || !v.endsWith("]")) {
                problem(m.line, ProblemTexts.NOT_A_LIST, m.key);
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String item : v.substring(1, v.length() - 1).split(",")) {
                String s = unquote(item.trim());
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return out;
        }
    }

    private static final List<String> KNOWN_KEYS = List.of("id", "kind", "go", "tags", "level", "follow-ups", "retired",
            "sim", "params");

    private record Meta(String key, String value, int line) {
    }

    private static List<String> sectionNames() {
        List<String> names = new ArrayList<>();
        for (Section s : Section.values()) {
            names.add(s.heading);
        }
        return names;
    }

    /** A comment starts at " #" outside quotes, so values like "#fff" survive when quoted. */
    private static String stripComment(String s) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** Accepted answers may be written as inline code (`3 6`) to keep spaces visible. */
    private static String unquoteCode(String s) {
        return s.length() >= 2 && s.startsWith("`") && s.endsWith("`") ? s.substring(1, s.length() - 1) : s;
    }

    private static String sectionText(Map<Section, List<Line>> sections, Section s) {
        return sections.containsKey(s) ? join(sections.get(s)) : "";
    }

    private static String join(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            b.append(l.text).append('\n');
        }
        return b.toString().strip();
    }

    /** Bullet items; an indented line continues the item above it. */
    private static List<String> bullets(List<Line> lines) {
        List<String> items = new ArrayList<>();
        for (Line l : lines) {
            Matcher m = BULLET.matcher(l.text);
            if (m.matches() && !l.inFence) {
                items.add(m.group(1).trim());
            } else if (!items.isEmpty() && !l.text.isBlank() && Character.isWhitespace(l.text.charAt(0))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + l.text.trim());
            }
        }
        return items;
    }

    /** The content of the first fenced block, or null when there is none. */
    private static String fencedContent(List<Line> lines) {
        StringBuilder b = null;
        for (Line l : lines) {
            if (!l.inFence) {
                if (b != null) {
                    break;
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder();
                continue;
            }
            if (FENCE.matcher(l.text).matches() && l.text.trim().matches("(`{3,}|~{3,})")) {
                return b.toString();
            }
            b.append(l.text).append('\n');
        }
        return null;
    }
}
