package dev.gopherdrill.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.gopherdrill.content.DeckParser.ParsedCard;
import dev.gopherdrill.content.DeckParser.ParsedFile;

/**
 * Every deck and card of the content folder, with translations merged in, and every
 * problem found on the way.
 *
 * Cross-file rules live here because no single file can check them: ids unique across
 * all decks, follow-ups pointing at existing cards and never looping, translations
 * matching a canonical card. A card with a problem of its own is left out; a missing
 * translation only falls back to English.
 */
public record ContentSet(List<Deck> decks, List<Card> cards, List<ContentProblem> problems) {

    /** Languages a deck can be written in; the first is canonical. */
    public static final List<String> LANGUAGES = List.of(Card.CANONICAL_LANGUAGE, "zh");

    public ContentSet {
        decks = List.copyOf(decks);
        cards = List.copyOf(cards);
        problems = List.copyOf(problems);
    }

    /** {@code files}: path relative to the content folder → file text, in any order. */
    public static ContentSet of(Map<String, String> files) {
        return of(files, null);
    }

    /**
     * As {@link #of(Map)}, checked against the manifest of published ids: an id that was
     * published must stay in content/ (with {@code retired: true} once it is withdrawn),
     * because learners' review history refers to it.
     */
    public static ContentSet of(Map<String, String> files, PublishedIds published) {
        DeckParser parser = new DeckParser();
        List<ParsedFile> parsed = new ArrayList<>();
        files.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parsed.add(parser.parse(e.getKey(), e.getValue())));
        ContentSet set = assemble(parsed);
        if (published == null) {
            return set;
        }
        Set<String> present = new HashSet<>();
        parsed.stream().filter(f -> f.language().equals(Card.CANONICAL_LANGUAGE))
                .forEach(f -> f.cards().forEach(c -> present.add(c.id())));
        List<ContentProblem> problems = new ArrayList<>(set.problems());
        problems.addAll(published.missingFrom(present));
        Collections.sort(problems);
        return new ContentSet(set.decks(), set.cards(), problems);
    }

    static ContentSet assemble(List<ParsedFile> files) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Map<String, String>> deckTitles = new LinkedHashMap<>();
        Map<String, Card> cards = new LinkedHashMap<>();
        for (ParsedFile f : files) {
            problems.addAll(f.problems());
            if (!f.language().equals(Card.CANONICAL_LANGUAGE)) {
                continue;
            }
            deckTitles.computeIfAbsent(f.deck(), d -> new HashMap<>()).put(f.language(), f.title());
            for (ParsedCard pc : f.cards()) {
                Card previous = cards.get(pc.id());
                if (previous != null) {
                    problems.add(ContentProblem.of(f.file(), pc.line(), ProblemTexts.DUPLICATE_ID, pc.id(),
                            previous.file(), previous.line()));
                } else {
                    cards.put(pc.id(), pc.card());
                }
            }
        }
        dropBrokenFollowUps(cards, problems);
        reportCycles(cards, problems);

        Map<String, Map<String, CardText>> texts = new HashMap<>();
        for (ParsedFile f : files) {
            if (f.language().equals(Card.CANONICAL_LANGUAGE) || f.deck().isEmpty()
                    || !LANGUAGES.contains(f.language())) {
                continue;
            }
            if (!deckTitles.containsKey(f.deck())) {
                problems.add(ContentProblem.of(f.file(), 1, ProblemTexts.ORPHAN_DECK, f.deck(), f.deck()));
                continue;
            }
            deckTitles.get(f.deck()).put(f.language(), f.title());
            Set<String> seen = new HashSet<>();
            for (ParsedCard t : f.cards()) {
                Card c = cards.get(t.id());
                if (!seen.add(t.id())) {
                    problems.add(ContentProblem.of(f.file(), t.line(), ProblemTexts.TRANSLATED_TWICE, t.id()));
                } else if (c == null || !c.deck().equals(f.deck())) {
                    problems.add(ContentProblem.of(f.file(), t.line(), ProblemTexts.ORPHAN_CARD, t.id(), f.deck()));
                } else if (!t.choiceMarks().equals(c.correctChoices())) {
                    problems.add(ContentProblem.of(f.file(), t.line(), ProblemTexts.CHOICES_MISMATCH, c.file(), c.line()));
                } else {
                    texts.computeIfAbsent(t.id(), k -> new HashMap<>()).put(f.language(), t.text());
                }
            }
        }

        List<Card> merged = new ArrayList<>();
        for (Card c : cards.values()) {
            Map<String, CardText> all = new HashMap<>(c.texts());
            all.putAll(texts.getOrDefault(c.id(), Map.of()));
            for (String lang : LANGUAGES) {
                if (!all.containsKey(lang)) {
                    problems.add(ContentProblem.of(c.file(), c.line(), ProblemTexts.NO_TRANSLATION, c.id(), lang, c.deck(),
                            lang));
                }
            }
            merged.add(c.withTexts(all));
        }
        List<Deck> decks = new ArrayList<>();
        deckTitles.forEach((id, titles) -> decks.add(new Deck(id, titles)));
        Collections.sort(problems);
        return new ContentSet(decks, merged, problems);
    }

    /** A follow-up that names no card would leave an interviewer with nowhere to go. */
    private static void dropBrokenFollowUps(Map<String, Card> cards, List<ContentProblem> problems) {
        // Repeat: dropping a card can break the cards that lead to it.
        List<String> broken;
        do {
            broken = new ArrayList<>();
            for (Card c : cards.values()) {
                for (String f : c.followUps()) {
                    if (!cards.containsKey(f)) {
                        problems.add(ContentProblem.of(c.file(), c.line(), ProblemTexts.FOLLOW_UP_BROKEN, f, c.id()));
                        broken.add(c.id());
                    }
                }
            }
            broken.forEach(cards::remove);
        } while (!broken.isEmpty());
    }

    /** Follow-ups lead deeper; a loop means two cards each claim to be deeper than the other. */
    private static void reportCycles(Map<String, Card> cards, List<ContentProblem> problems) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (String id : cards.keySet()) {
            findCycle(id, cards, state, new ArrayList<>(), problems);
        }
    }

    private static void findCycle(String id, Map<String, Card> cards, Map<String, Integer> state,
                                  List<String> path, List<ContentProblem> problems) {
        Integer s = state.get(id);
        if (s != null && s == 2) {
            return;
        }
        if (s != null) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            loop.add(id);
            Card c = cards.get(id);
            problems.add(ContentProblem.of(c.file(), c.line(), ProblemTexts.FOLLOW_UP_CYCLE, String.join(" -> ", loop)));
            return;
        }
        state.put(id, 1);
        path.add(id);
        Card c = cards.get(id);
        if (c != null) {
            for (String f : c.followUps()) {
                if (cards.containsKey(f)) {
                    findCycle(f, cards, state, path, problems);
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
    }
}
