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

    /** File names in cards and problems start with {@code root} as given, e.g. {@code content/decks/slice.en.md}. */
    public static ContentSet read(Path root) {
        Path decks = root.resolve("decks");
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(decks)) {
            try (Stream<Path> list = Files.list(decks)) {
                for (Path p : (Iterable<Path>) list.filter(p -> p.toString().endsWith(".md")).sorted()::iterator) {
                    String name = root + "/decks/" + p.getFileName();
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
                published = PublishedIds.parse(root + "/" + PublishedIds.FILE_NAME, Files.readString(manifest));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + manifest, e);
            }
        }
        return ContentSet.of(files, published);
    }
}
