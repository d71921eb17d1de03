package dev.gopherdrill.practice.web;

import dev.gopherdrill.content.AnswerDiff;
import dev.gopherdrill.practice.web.PracticeViews.Verdict;
import io.quarkus.qute.TemplateExtension;

/** The verdict's type-in comparison for the templates: {@code {verdict.compare(given)}}. */
@TemplateExtension
public class VerdictExtensions {

    private VerdictExtensions() {
    }

    static AnswerDiff.Comparison compare(Verdict verdict, String given) {
        return AnswerDiff.compare(given, verdict.expected());
    }
}
