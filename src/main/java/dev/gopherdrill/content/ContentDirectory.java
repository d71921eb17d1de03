package dev.gopherdrill.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads {@code <content>/decks/*.md} into a {@link ContentSet}. */
public final class ContentDirectory {

    private ContentDirectory() {
    }

    /**
     * File names in cards and problems start with {@link #shownRoot} of {@code root}, e.g.
     * {@code content/decks/slice.en.md}: they reach pages, the API and CI logs, which must
     * not learn where the server keeps its files.
     */
    public static ContentSet read(Path root) {
        String shown = shownRoot(root, Path.of("").toAbsolutePath());
        Path decks = root.resolve("decks");
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(decks)) {
            try (Stream<Path> list = Files.list(decks)) {
                for (Path p : (Iterable<Path>) list.filter(p -> p.toString().endsWith(".md")).sorted()::iterator) {
                    String name = shown + "/decks/" + p.getFileName();
                    files.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + decks, e);
            }
        }
        Path manifest = root.resolve(PublishedIds.FILE_NAME);
        PublishedIds published = null;
        if (Files.exists(manifest)) {
            try {
                published = PublishedIds.parse(shown + "/" + PublishedIds.FILE_NAME, Files.readString(manifest));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + manifest, e);
            }
        }
        return ContentSet.of(files, published);
    }

    /**
     * How the content folder is named in {@code file:line}: relative to the working
     * directory when the folder is inside it (the repository, for {@code bin/start}, dev mode
     * and the tests: {@code content}, {@code src/test/content}), else by the folder's own name
     * ({@code /srv/gd/content} → {@code content}), never as an absolute path.
     */
    static String shownRoot(Path root, Path workingDirectory) {
        Path wd = workingDirectory.toAbsolutePath().normalize();
        Path folder = wd.resolve(root).normalize();
        if (folder.startsWith(wd) && !folder.equals(wd)) {
            return wd.relativize(folder).toString().replace('\\', '/');
        }
        Path name = folder.getFileName();
        return name == null ? "content" : name.toString();
    }
}
