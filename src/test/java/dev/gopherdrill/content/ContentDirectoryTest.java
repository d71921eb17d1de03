package dev.gopherdrill.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.content.web.SourcePathTest;

class ContentDirectoryTest {

    @ParameterizedTest(name = "{0} seen from {1} is shown as {2}")
    @CsvSource(textBlock = """
            content,                      /srv/repo, content
            src/test/content,             /srv/repo, src/test/content
            /srv/repo/content,            /srv/repo, content
            /srv/repo/src/test/content,   /srv/repo, src/test/content
            /var/lib/gopherdrill/content, /srv/repo, content
            /tmp/gd-cards,                /srv/repo, gd-cards
            ../elsewhere/content,         /srv/repo, content
            ./content/../content,         /srv/repo, content
            """)
    void aContentFolderIsNamedRelativeToTheWorkingDirectoryOrByItsOwnNameNeverByItsAbsolutePath(String root,
                                                                                                 String workingDirectory,
                                                                                                 String shown) {
        assertEquals(shown, ContentDirectory.shownRoot(Path.of(root), Path.of(workingDirectory)));
    }

    @org.junit.jupiter.api.Test
    void cardsReadFromAFolderOutsideTheWorkingDirectoryNameTheirFileByTheFolderName() throws Exception {
        Path copy = SourcePathTest.copyOfTheFixtureContent();
        ContentSet set = ContentDirectory.read(copy);
        Card first = set.cards().stream().filter(c -> c.id().equals("alpha-recall-1")).findFirst().orElseThrow();
        assertEquals("content/decks/alpha.en.md", first.file());
        assertEquals(5, first.line());
    }
}
