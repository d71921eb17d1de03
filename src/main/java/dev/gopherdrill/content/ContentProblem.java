package dev.gopherdrill.content;

/**
 * One thing wrong with the content, located in the file an author edits.
 * {@link #toString()} is the {@code file:line: message} form editors and CI logs link to.
 */
public record ContentProblem(String file, int line, String message) implements Comparable<ContentProblem> {

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
