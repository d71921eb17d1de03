package dev.gopherdrill.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.content.store.MarkdownRenderer;

class DeckParserTest {

    private static final String SLICE_EN = """
            # Slices

            Growth, aliasing and the slice header.

            ## How many words is a slice header?

            ```card
            id: slice-header
            kind: recall
            go: ">=1.0"   # true since Go 1
            tags: [slice, header]
            level: 1
            follow-ups: [slice-cap-five]
            ```

            What does a slice value hold?

            ### Answer
            A pointer to the backing array, a length and a capacity.

            ### Key points
            - pointer, len, cap
            - three machine words:
              24 bytes on 64-bit

            ## Capacity after appending five ints to an empty slice

            ```card
            id: slice-cap-five
            kind: exact
            go: ">=1.18"
            level: 2
            ```

            ```go
            s := append([]int{}, 1, 2, 3, 4, 5)
            // ## not a heading: inside a fence
            ```

            ### Accept
            - `6`

            ## Which are true?

            ```card
            id: slice-nil
            kind: choice
            ```

            Pick all.

            ### Choices
            - [x] a nil slice has len 0
            - [ ] a nil slice has buckets
            - [x] append works on a nil slice

            ## Output?

            ```card
            id: slice-predict
            kind: predict
            ```

            ```go
            package main
            func main() { println("hi") }
            ```

            ### Output
            ```
            hi
            ```
            """;

    private static final String SLICE_ZH = """
            # 切片

            ## 切片头有几个字？

            ```card
            id: slice-header
            ```

            切片值里有什么？

            ### Answer
            指向底层数组的指针、长度和容量。

            ## 选择

            ```card
            id: slice-nil
            ```

            全选。

            ### Choices
            - [x] nil 切片长度为 0
            - [ ] nil 切片有桶
            - [x] 可以对 nil 切片 append
            """;

    @Test
    void aWellFormedDeckLoadsEveryCardWithItsTranslation() {
        ContentSet set = ContentSet.of(Map.of("content/decks/slice.en.md", SLICE_EN,
                "content/decks/slice.zh.md", SLICE_ZH));
        assertEquals(List.of("slice-header", "slice-cap-five", "slice-nil", "slice-predict"),
                set.cards().stream().map(Card::id).toList());
        Card header = set.cards().get(0);
        assertEquals(CardKind.RECALL, header.kind());
        assertEquals(List.of("slice", "header"), header.tags());
        assertEquals(List.of("slice-cap-five"), header.followUps());
        assertEquals(List.of("pointer, len, cap", "three machine words: 24 bytes on 64-bit"),
                header.text("en").keyPoints());
        assertEquals("content/decks/slice.en.md", header.file());
        assertEquals(5, header.line());
        assertEquals("切片头有几个字？", header.text("zh").title());
        assertEquals("指向底层数组的指针、长度和容量。", header.text("zh").answer());

        Card five = set.cards().get(1);
        assertEquals(List.of("6"), five.accept());
        assertTrue(five.text("en").prompt().contains("## not a heading"));
        assertTrue(five.go().contains(1, 19));
        assertFalse(five.go().contains(1, 17));

        Card nil = set.cards().get(2);
        assertEquals(List.of(true, false, true), nil.correctChoices());
        assertEquals("nil 切片有桶", nil.text("zh").choices().get(1));
        assertEquals("hi\n", set.cards().get(3).output());

        assertEquals("切片", set.decks().get(0).titles().get("zh"));
        // the only problems: two cards without a translation, located at their headings
        assertEquals(List.of(
                "content/decks/slice.en.md:26: card \"slice-cap-five\" has no zh translation in slice.zh.md",
                "content/decks/slice.en.md:57: card \"slice-predict\" has no zh translation in slice.zh.md"),
                set.problems().stream().map(ContentProblem::toString).toList());
        // and the untranslated card falls back to English
        assertEquals("Output?", set.cards().get(3).text("zh").title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        no id                 | kind: recall                                   | 3: card "T" has no id
        bad id                | id: Bad_Id\\nkind: recall                       | 6: id "Bad_Id" must be lowercase words
        unknown kind          | id: x\\nkind: essay                            | 7: unknown kind "essay"
        unknown key           | id: x\\nkind: recall\\ncolour: red              | 8: unknown metadata key "colour"
        bad go range          | id: x\\nkind: recall\\ngo: ">=one"              | 8: invalid go version range ">=one"
        empty go range        | id: x\\nkind: recall\\ngo: ">=1.20 <1.19"       | 8: go version range ">=1.20 <1.19" matches no release
        bad level             | id: x\\nkind: recall\\nlevel: 9                 | 8: level must be 1 (junior), 2 (mid) or 3 (senior)
        self follow-up        | id: x\\nkind: recall\\nfollow-ups: [x]          | 8: a card cannot be its own follow-up
        duplicate key         | id: x\\nid: y\\nkind: recall                    | 7: metadata key "id" appears twice
        """)
    void aMalformedCardIsReportedAtItsLineAndTheNextCardStillLoads(String name, String meta, String expected) {
        String deck = "# D\n\n## T\n\n```card\n" + meta.replace("\\n", "\n") + "\n```\n\nPrompt?\n\n### Answer\nA.\n\n"
                + "## Good one\n\n```card\nid: good\nkind: recall\n```\n\nQ?\n\n### Answer\nA.\n";
        ContentSet set = ContentSet.of(Map.of("content/decks/d.en.md", deck));
        assertEquals(List.of("good"), set.cards().stream().map(Card::id).toList(), name);
        assertTrue(set.problems().stream().anyMatch(p -> p.toString().startsWith("content/decks/d.en.md:" + expected)),
                () -> name + ": " + set.problems());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        recall without answer    | recall  | Prompt?                                    | a recall card needs a "### Answer" section
        choice all right         | choice  | Q?\\n\\n### Choices\\n- [x] a\\n- [x] b      | at least one right (- [x]) and one wrong
        choice bad item          | choice  | Q?\\n\\n### Choices\\n- [x] a\\n* b          | each choice is a task-list item
        exact with no accept     | exact   | Q?\\n\\n### Accept\\n                       | "Accept" lists no answers
        predict without program  | predict | Q?\\n\\n### Output\\n```\\nx\\n```             | shows its program in a ```go block
        predict output not fenced| predict | ```go\\nx\\n```\\n\\n### Output\\nhi         | "Output" must be one fenced code block
        answer on a choice card  | choice  | Q?\\n\\n### Answer\\nA\\n### Choices\\n- [x] a\\n- [ ] b | section "Answer" does not belong on a choice card
        unknown section          | recall  | Q?\\n\\n### Answr\\nA\\n### Answer\\nA      | unknown section "Answr"
        no prompt                | recall  | ### Answer\\nA                            | has no prompt
        """)
    void eachKindInsistsOnItsSections(String name, String kind, String body, String expected) {
        String deck = "# D\n\n## T\n\n```card\nid: x\nkind: " + kind + "\n```\n\n" + body.replace("\\n", "\n") + "\n";
        ContentSet set = ContentSet.of(Map.of("content/decks/d.en.md", deck));
        assertTrue(set.cards().isEmpty(), name);
        assertTrue(set.problems().stream().anyMatch(p -> p.message().contains(expected)), () -> name + ": " + set.problems());
    }

    @Test
    void crossFileMistakesAreReportedWhereTheyCanBeFixed() {
        String en = """
                # D

                ## A
                ```card
                id: a
                kind: recall
                follow-ups: [nowhere]
                ```
                Q?
                ### Answer
                A

                ## B
                ```card
                id: b
                kind: recall
                ```
                Q?
                ### Answer
                A
                """;
        String other = "# E\n\n## B again\n```card\nid: b\nkind: recall\n```\nQ?\n### Answer\nA\n";
        String zh = "# D\n\n## 乙\n```card\nid: b\nkind: recall\n```\n问?\n### Answer\n答\n\n## ?\n```card\nid: ghost\n```\n问\n";
        ContentSet set = ContentSet.of(Map.of("content/decks/d.en.md", en, "content/decks/e.en.md", other,
                "content/decks/d.zh.md", zh));
        List<String> problems = set.problems().stream().map(ContentProblem::toString).toList();
        assertTrue(problems.contains("content/decks/d.en.md:3: follow-up \"nowhere\" of \"a\" is not a loadable card"), problems::toString);
        assertTrue(problems.contains("content/decks/e.en.md:3: duplicate id \"b\", first used at content/decks/d.en.md:13"), problems::toString);
        assertTrue(problems.contains("content/decks/d.zh.md:6: a translation's card block holds only the id; \"kind\" belongs in the canonical file"), problems::toString);
        assertTrue(problems.contains("content/decks/d.zh.md:12: translation of \"ghost\", which is not a card of d.en.md"), problems::toString);
        assertEquals(List.of("b"), set.cards().stream().map(Card::id).toList());
    }

    private static final String SIM_CARD = """
            # D

            ## Capacity after appending

            ```card
            id: slice-cap-sim
            kind: sim
            sim: slice.append
            go: ">=1.18"
            params:
              elem: [int8, int64, "[3]int64"]
              startLen: 0..12
              startCap: startLen..16
              add: 1..40
            ```

            `s := make([]{elem}, {startLen}, {startCap})`, then {add} more. What is `cap(s)`?
            """;

    @Test
    void aSimCardNamesItsSimulationAndParameterRanges() {
        ContentSet set = ContentSet.of(Map.of("content/decks/d.en.md", SIM_CARD));
        Card c = set.cards().get(0);
        assertEquals(CardKind.SIM, c.kind());
        assertEquals("slice.append", c.sim().name());
        assertEquals(Map.of("elem", "[int8, int64, \"[3]int64\"]", "startLen", "0..12", "startCap", "startLen..16",
                "add", "1..40"), c.sim().params());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown simulation  | sim: slice.append         | sim: heap.magic           | 8: unknown simulation "heap.magic"
        unknown parameter   | add: 1..40                | colour: 1..40             | 14: simulation slice.append has no parameter "colour"
        range not a range   | add: 1..40                | add: lots                 | 14: add is a range: low..high
        empty range         | add: 1..40                | add: 40..1                | 14: add: the range 40..1 is empty
        unknown reference   | startCap: startLen..16    | startCap: len..16         | 13: startCap: each end of len..16
        list not a list     | elem: [int8, int64, "[3]int64"] | elem: int8          | 11: elem is a list of values
        sim without sim key | sim: slice.append         | tags: [x]                 | 3: a sim card names its simulation
        unknown choice      | elem: [int8, int64, "[3]int64"] | elem: [int8, rope]  | 11: elem: "rope" is not one of
        no shared release   | go: ">=1.18"              | go: "<1.10"               | 8: go <1.10 shares no release with slice.append
        sometimes empty     | startLen: 0..12           | startLen: 0..30           | 8: these params cannot always draw a question
        stray placeholder   | then {add} more           | then {colour} more        | 3: the prompt's {colour} is not a value
        """)
    void simCardsAreCheckedAgainstTheCatalog(String name, String from, String to, String expected) {
        String deck = SIM_CARD.replace(from, to);
        ContentSet set = ContentSet.of(Map.of("content/decks/d.en.md", deck));
        assertTrue(set.cards().isEmpty(), name);
        assertTrue(set.problems().stream().anyMatch(p -> p.toString().startsWith("content/decks/d.en.md:" + expected)),
                () -> name + ": " + set.problems());
    }

    @Test
    void onlySimCardsTakeASimulation() {
        String deck = "# D\n\n## T\n\n```card\nid: x\nkind: recall\nsim: slice.append\n```\n\nQ?\n\n### Answer\nA\n";
        ContentSet set = ContentSet.of(Map.of("content/decks/d.en.md", deck));
        assertTrue(set.problems().stream().anyMatch(p -> p.toString().equals(
                "content/decks/d.en.md:8: only sim cards name a simulation")), set.problems()::toString);
    }

    @Test
    void followUpCyclesAreReported() {
        String en = "# D\n\n## A\n```card\nid: a\nkind: recall\nfollow-ups: [b]\n```\nQ?\n### Answer\nA\n\n"
                + "## B\n```card\nid: b\nkind: recall\nfollow-ups: [a]\n```\nQ?\n### Answer\nA\n";
        ContentSet set = ContentSet.of(Map.of("content/decks/d.en.md", en));
        assertTrue(set.problems().stream().anyMatch(p -> p.message().equals("follow-ups form a cycle: a -> b -> a")),
                set.problems()::toString);
    }

    @Test
    void badFileNamesAndMissingTitlesAreReported() {
        ContentSet set = ContentSet.of(Map.of("content/decks/Slice.md", "# x", "content/decks/x.fr.md", "# x",
                "content/decks/y.en.md", "no title here\n"));
        List<String> problems = set.problems().stream().map(ContentProblem::toString).toList();
        assertEquals(List.of(
                "content/decks/Slice.md:1: deck files are named <deck>.<language>.md, e.g. slice.en.md or slice.zh.md",
                "content/decks/x.fr.md:1: unknown language \"fr\" in the file name; supported: en, zh",
                "content/decks/y.en.md:1: a deck file starts with its title as a level-1 heading: # <deck title>"),
                problems);
    }
    @Test
    void synonymsAreANestedAlsoItemUnderTheirKeyPointAndStayOutOfItsText() {
        String en = """
                # D

                ## Header

                ```card
                id: header
                kind: recall
                ```

                What does a slice value hold?

                ### Answer
                Pointer, length, capacity.

                ### Key points
                - pointer, len, cap
                  - also: pointer, length and capacity; three words
                - 24 bytes on 64-bit,
                  whatever the length
                * copying copies the header
                    - Also: shallow copy
                  - also: only the header is copied
                """;
        String zh = """
                # D

                ## 切片头

                ```card
                id: header
                ```

                切片值里有什么？

                ### Answer
                指针、长度、容量。

                ### Key points
                - 指针、len、cap
                  - also：指针、长度和容量；三个字
                - 64 位下 24 字节
                - 复制切片只复制切片头
                """;
        ContentSet set = ContentSet.of(Map.of("content/decks/d.en.md", en, "content/decks/d.zh.md", zh));
        assertEquals(List.of(), set.problems());
        CardText text = set.cards().get(0).text("en");
        assertEquals(List.of("pointer, len, cap", "24 bytes on 64-bit, whatever the length", "copying copies the header"),
                text.keyPoints());
        assertEquals(List.of(List.of("pointer, length and capacity", "three words"), List.of(),
                List.of("shallow copy", "only the header is copied")), text.keyPointSynonyms());
        CardText chinese = set.cards().get(0).text("zh");
        assertEquals(List.of("指针、len、cap", "64 位下 24 字节", "复制切片只复制切片头"), chinese.keyPoints());
        assertEquals(List.of(List.of("指针、长度和容量", "三个字"), List.of(), List.of()), chinese.keyPointSynonyms());

        CardContent.RenderedText rendered = new MarkdownRenderer().render(text);
        assertEquals("pointer, len, cap", rendered.keyPoints().get(0), "the synonyms are not shown as part of the point");
        assertEquals(text.keyPoints(), rendered.keyPointsText());
        assertEquals(text.keyPointSynonyms(), rendered.keyPointSynonyms());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        an empty synonym between two           | - a\\n  - also: b;;c          | 17: empty synonym in "also:"; phrases are separated by one ;
        a trailing semicolon                   | - a\\n  - also: b;            | 17: empty synonym in "also:"
        nothing after also                     | - a\\n  - also:               | 17: empty synonym in "also:"
        no colon                               | - a\\n  - also b              | 17: synonyms are written "  - also: phrase; phrase" (a colon after also)
        not indented                           | - a\\n- also: b               | 17: indent synonyms under their key point
        before any key point                   | \\n  - also: b\\n- a        | 17: synonyms (also:) must follow the key point they belong to
        """)
    void malformedSynonymsAreReportedAtTheirLine(String name, String keyPoints, String expected) {
        String deck = "# D\n\n## T\n\n```card\nid: x\nkind: recall\n```\n\nQ?\n\n### Answer\nA.\n\n### Key points\n"
                + keyPoints.replace("\\n", "\n") + "\n";
        ContentSet set = ContentSet.of(Map.of("content/decks/d.en.md", deck));
        assertTrue(set.cards().isEmpty(), name);
        assertTrue(set.problems().stream().anyMatch(p -> p.toString().startsWith("content/decks/d.en.md:" + expected)),
                () -> name + ": " + set.problems());
    }

    @Test
    void synonymsOnACardWithoutKeyPointsAreReported() {
        String deck = "# D\n\n## T\n\n```card\nid: x\nkind: recall\n```\n\nQ?\n\n### Answer\n- A.\n  - also: a\n";
        ContentSet set = ContentSet.of(Map.of("content/decks/d.en.md", deck));
        assertEquals(List.of("content/decks/d.en.md:14: synonyms (also:) belong under a key point in \"### Key points\""),
                set.problems().stream().map(ContentProblem::toString).toList());
    }

    @Test
    void aKeyPointThatStartsWithTheWordAlsoIsAKeyPoint() {
        String deck = "# D\n\n## T\n\n```card\nid: x\nkind: recall\n```\n\nQ?\n\n### Answer\nA.\n\n### Key points\n"
                + "- also works on maps\n";
        ContentSet set = ContentSet.of(Map.of("content/decks/d.en.md", deck));
        assertEquals(List.of("also works on maps"), set.cards().get(0).text("en").keyPoints());
        assertEquals(List.of(List.of()), set.cards().get(0).text("en").keyPointSynonyms());
    }
}
