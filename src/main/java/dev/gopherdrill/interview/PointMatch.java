package dev.gopherdrill.interview;

import java.util.List;

/** Per key point: whether the answer covers it, and the words or phrases of the answer that matched. */
public record PointMatch(int index, boolean covered, List<String> evidence) {

    public PointMatch {
        evidence = List.copyOf(evidence);
    }
}
