package dev.gopherdrill.content;

import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Text;

/**
 * One thing wrong with the content, located in the file an author edits.
 * {@link #toString()} is the {@code file:line: message} form editors and CI logs link to, in
 * English as the tools print it; {@code zh} is the same sentence for the authors' page in
 * Chinese.
 */
public record ContentProblem(String file, int line, String message, String zh) implements Comparable<ContentProblem> {

    static ContentProblem of(String file, int line, Text text, Object... args) {
        return of(file, line, Wording.of(text, args));
    }

    static ContentProblem of(String file, int line, Wording wording) {
        return new ContentProblem(file, line, wording.en(), wording.zh());
    }

    public String message(Language language) {
        return language == Language.ZH ? zh : message;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(ContentProblem o) {
        int byFile = file.compareTo(o.file);
        return byFile != 0 ? byFile : Integer.compare(line, o.line);
    }
}
