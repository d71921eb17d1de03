package dev.gopherdrill.content;

import java.nio.file.Path;

/**
 * The contributors' linter: {@code bin/lint-content [content-folder]} prints every
 * problem as {@code file:line: message} and exits 1 if there is any. It needs only this
 * package's pure classes, so the script compiles them with plain javac in a couple of
 * seconds instead of running the whole Maven build.
 */
public final class ContentLint {

    private ContentLint() {
    }

    public static void main(String[] args) throws java.io.IOException {
        boolean publish = args.length > 0 && args[0].equals("--publish");
        Path root = Path.of(args.length > (publish ? 1 : 0) ? args[publish ? 1 : 0] : "content");
        ContentSet set = ContentDirectory.read(root);
        if (publish && set.problems().isEmpty()) {
            // A release records its ids, so that a later deletion is caught.
            Path manifest = root.resolve(PublishedIds.FILE_NAME);
            PublishedIds old = java.nio.file.Files.exists(manifest)
                    ? PublishedIds.parse(manifest.toString(), java.nio.file.Files.readString(manifest)) : null;
            java.nio.file.Files.writeString(manifest,
                    PublishedIds.publish(old, set.cards().stream().map(Card::id).toList()));
            System.out.println("recorded " + set.cards().size() + " ids in " + manifest);
        }
        set.problems().forEach(p -> System.out.println(p));
        long decks = set.decks().size();
        System.out.printf("%d decks, %d cards, %d problems%n", decks, set.cards().size(), set.problems().size());
        System.exit(set.problems().isEmpty() ? 0 : 1);
    }
}
