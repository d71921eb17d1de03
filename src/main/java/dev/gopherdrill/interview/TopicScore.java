package dev.gopherdrill.interview;

/** One topic's line in the report: how many questions it had and their mean score (0..1). */
public record TopicScore(String deck, int questions, double score) {
}
