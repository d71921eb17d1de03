package dev.gopherdrill.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed manifest {@code content/published-ids.txt}: every card id that has ever
 * been released, one per line. It turns "a card silently deleted" into a lint error
 * with a line to point at, without needing a database: a contributor's machine and the
 * pull-request check see the same list. Retiring a card keeps it in content/ with
 * {@code retired: true}, so it stays present and the manifest stays satisfied.
 *
 * A manifest was chosen over the ids in the database because the lint must run in
 * seconds on a fresh clone, where no database exists.
 */
public record PublishedIds(String file, List<String> ids) {

    public static final String FILE_NAME = "published-ids.txt";

    public PublishedIds {
        ids = List.copyOf(ids);
    }

    /** Blank lines and {@code #} comments are ignored. */
    public static PublishedIds parse(String file, String text) {
        List<String> ids = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String id = line.strip();
            ids.add(id.startsWith("#") ? "" : id);
        }
        return new PublishedIds(file, ids);
    }

    List<ContentProblem> missingFrom(Set<String> present) {
        List<ContentProblem> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!id.isEmpty() && !present.contains(id)) {
                problems.add(ContentProblem.of(file, i + 1, ProblemTexts.PUBLISHED_GONE, id));
            }
        }
        return problems;
    }

    /** The manifest text after publishing {@code current}: old ids stay, new ids are added, sorted. */
    public static String publish(PublishedIds old, Collection<String> current) {
        Set<String> all = new TreeSet<>(current);
        if (old != null) {
            old.ids.stream().filter(id -> !id.isEmpty()).forEach(all::add);
        }
        StringBuilder b = new StringBuilder("# Every card id ever released. Never remove a line: retire the card instead.\n");
        all.forEach(id -> b.append(id).append('\n'));
        return b.toString();
    }
}
