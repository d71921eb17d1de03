package dev.gopherdrill.interview;

import java.util.List;

/** A key point as the matcher sees it: the point's markdown source and the author's synonym phrases. */
public record KeyPoint(String text, List<String> synonyms) {

    public KeyPoint {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
