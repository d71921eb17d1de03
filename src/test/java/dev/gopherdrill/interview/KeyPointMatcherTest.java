package dev.gopherdrill.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The matcher in both languages. Each row: key point, its synonyms ({@code ;}-separated,
 * {@code -} for none), the answer, whether the point counts as covered, and the evidence
 * ({@code /}-separated, {@code -} for none).
 */
class KeyPointMatcherTest {

    @ParameterizedTest(name = "{4}: \"{2}\" for \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        copying a slice copies the header, never the elements | - | When you copy a slice only the header is copied      | true  | copy / slice / header
        copying a slice copies the header, never the elements | - | Slices are dynamic arrays                             | false | slices
        copying a slice copies the header, never the elements | - | copying a slice copies its elements                  | true  | copying / slice / elements
        the local run queue holds 256 goroutines              | - | 256 goroutines fit in the local queue                 | true  | local / queue / 256 / goroutines
        the local run queue holds 256 goroutines              | - | 255 goroutines fit in the local queue                 | false | local / queue / goroutines
        `make([]T, 0, n)` + append                            | - | **make** it with len 0, then append                   | true  | make / 0 / append
        escape analysis moves the variable to the heap        | - | the variable escapes, so it is moved to the heap      | true  | escapes / moved / variable / heap
        an M needs a P to run Go code                         | - | each M needs a P to run code                          | true  | m / needs / p / run / code
        an M needs a P to run Go code                         | - | a thread needs a processor to run code                | false | needs / run / code
        """)
    void englishKeyPointsAreCoveredWhenThreeFifthsOfTheirContentWordsAppear(String point, String synonyms, String answer,
                                                                            boolean covered, String evidence) {
        assertMatch("en", point, synonyms, answer, covered, evidence);
    }

    @ParameterizedTest(name = "{4}: \"{2}\" for \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        append calls `runtime.growslice`    | - | it calls growslice                                  | false | calls
        `runtime.growslice`                 | - | runtime.growslice() decides                        | true  | runtime.growslice
        GOMAXPROCS                          | - | set gomaxprocs to the number of cores              | true  | gomaxprocs
        GOMAXPROCS                          | - | GOMAXPROC                                          | false | -
        1.25                                | - | then it grows by 1.25x                             | true  | 1.25
        growth factor 1.25                  | - | growth factor of 1.2                               | true  | growth / factor
        1.25                                | - | growth factor of 1.2                               | false | -
        0x10 bytes                          | - | 0X10 BYTES                                         | true  | 0x10 / bytes
        `int64` is 8 bytes                  | - | an int is 8 bytes                                  | true  | 8 / bytes
        `int64` is 8 bytes                  | - | an int is eight bytes                              | false | bytes
        """)
    void technicalTokensAndNumbersMatchOnlyWhenSpelledExactly(String point, String synonyms, String answer,
                                                              boolean covered, String evidence) {
        assertMatch("en", point, synonyms, answer, covered, evidence);
    }

    @ParameterizedTest(name = "{4}: \"{2}\" for \"{0}\" / {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        the new capacity is twice the old one     | -                           | the capacity doubles                   | false | capacity
        the new capacity is twice the old one     | doubles; grows 2x           | the capacity doubles                   | true  | doubles / capacity
        the new capacity is twice the old one     | doubles; grows 2x           | it grows 2x                            | true  | grows 2x
        copy-on-write pages                       | copy on write               | Linux uses copy on write               | true  | copy on write / copy / write
        a heap object                             | allocated on the heap       | Allocated *on the heap*, I think       | true  | allocated on the heap / heap
        a heap object                             | allocated on the heap       | on the heap it is allocated            | false | heap
        a stack object                            | allocated on the stack      | allocated on the heap                  | false | -
        """)
    void anAuthorSynonymCoversAPointWhenItsWordsAppearInARow(String point, String synonyms, String answer,
                                                             boolean covered, String evidence) {
        assertMatch("en", point, synonyms, answer, covered, evidence);
    }

    /** The limits the class comment names: each row is a wrong or unrelated answer the matcher still credits, or a right one it misses. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        a negation in the answer does not count against it  | append copies the elements          | append does not copy the elements                  | true
        never in the answer neither                         | the map grows when it is full       | the map never grows, even when full                | true
        a negation in the key point is a stop word          | never copies                        | it copies                                          | true
        a word in another sense counts                      | copying a slice copies the header   | I copied the header file into a slice of the code  | true
        listing the deck's words covers everything          | the GC frees whole objects          | GC frees objects whole heap stack slices maps      | true
        a right paraphrase without a synonym is missed      | the capacity doubles                | cap becomes twice as large                         | false
        irregular forms do not meet                         | the heap has grown                  | the heap grows                                     | false
        an identifier must be spelled in full               | `runtime.growslice`                 | growslice                                          | false
        """)
    void theMatcherMatchesWordsNotMeaning(String limit, String point, String answer, boolean covered) {
        assertEquals(covered, match("en", point, List.of(), answer).covered(), limit);
    }

    @ParameterizedTest(name = "{4}: \"{2}\" for \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        复制切片只复制切片头，元素不会被复制         | -            | 拷贝切片时只会复制切片头，不复制元素        | true  | 切片 / 复制切片头 / 复制 / 元素
        复制切片只复制切片头，元素不会被复制         | -            | 切片是动态数组                              | false | 切片
        复制切片只复制切片头，元素不会被复制         | -            | 元素会被复制                                | false | 元素 / 会被复制
        GC 按整个对象回收，所以大数组一直释放不了    | -            | 因为 GC 只能回收整个对象，大数组释放不了    | true  | gc / 回收 / 整个对象 / 大数组 / 释放不
        GC 按整个对象回收，所以大数组一直释放不了    | -            | GC 会回收不用的对象                         | false | gc / 回收 / 对象
        本地运行队列有 256 个槽位                     | -            | 本地队列 256 个位置                         | false | 256 / 本地 / 队列
        本地运行队列有 256 个槽位                     | -            | 本地运行队列最多 256 个                     | true  | 256 / 本地运行队列
        `GOMAXPROCS` 决定 P 的数量                   | -            | ＧＯＭＡＸＰＲＯＣＳ 决定了 P 的数量         | true  | gomaxprocs / p / 决定 / 数量
        三个字段：指针、长度、容量                    | 指针、长度和容量 | 由指针，长度和容量组成               | true  | 指针长度和容量 / 指针 / 长度 / 容量
        逃逸到堆上                                    | -            | 它分配在堆上                                | false | 堆上
        逃逸到堆上                                    | 分配在堆     | 它分配在 堆上                                | true  | 分配在堆 / 堆上
        GC 按整个对象回收                             | 整块回收     | GC 是整块回收的                             | true  | 整块回收 / gc / 回收
        """)
    void chineseKeyPointsMatchByCharacterPairsAndSynonymsAsSubstrings(String point, String synonyms, String answer,
                                                                      boolean covered, String evidence) {
        assertMatch("zh", point, synonyms, answer, covered, evidence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        negation in Chinese still covers                 | 重新切片从不拷贝               | 重新切片会拷贝数据              | true
        a pair in another sense counts                   | 底层数组被拖住                  | 底层的数组很大，被拖住了        | true
        a right paraphrase with other characters misses  | 重新切片从不拷贝               | 子切片和原切片共享内存          | false
        """)
    void chineseHasTheSameLimits(String limit, String point, String answer, boolean covered) {
        assertEquals(covered, match("zh", point, List.of(), answer).covered(), limit);
    }

    @ParameterizedTest(name = "{0} units, {1} in the answer: {2}")
    @CsvSource(textBlock = """
        1, 1, true
        1, 0, false
        2, 1, false
        2, 2, true
        3, 2, true
        3, 1, false
        4, 2, false
        4, 3, true
        5, 3, true
        5, 2, false
        """)
    void theEnglishThresholdIsThreeFifthsRoundedUp(int units, int present, boolean covered) {
        List<String> words = List.of("alpha", "bravo", "charlie", "delta", "echo");
        String point = String.join(" ", words.subList(0, units));
        String answer = String.join(" ", words.subList(0, present));
        assertEquals(covered, match("en", point, List.of(), answer).covered());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
        copies,    copy
        copied,    copy
        copying,   copy
        copy,      copy
        escapes,   escap
        escaping,  escap
        escaped,   escap
        escape,    escap
        stopped,   stop
        running,   run
        processes, process
        status,    status
        analysis,  analysis
        string,    string
        strings,   string
        bytes,     byt
        byte,      byt
        goroutines, goroutin
        """)
    void stemmingIsLightAndTheSameOnBothSides(String word, String stem) {
        assertEquals(stem, KeyPointMatcher.stem(word));
    }

    @Test
    void everyPointGetsAResultInOrderAndAnEmptyAnswerCoversNothing() {
        List<KeyPoint> points = List.of(new KeyPoint("pointer, len, cap", List.of("three words")),
                new KeyPoint("24 bytes", List.of()), new KeyPoint("it is what it is", List.of()));
        List<PointMatch> empty = KeyPointMatcher.match("", points, "en");
        assertEquals(List.of(new PointMatch(0, false, List.of()), new PointMatch(1, false, List.of()),
                new PointMatch(2, false, List.of())), empty);
        List<PointMatch> full = KeyPointMatcher.match("It is what it is: a pointer, len and cap in 24 bytes", points, "en");
        assertEquals(List.of(0, 1, 2), full.stream().map(PointMatch::index).toList());
        assertEquals(List.of(true, true, false), full.stream().map(PointMatch::covered).toList(),
                "a point of stop words only is covered by its synonyms alone");
    }

    @Test
    void anUnknownLanguageIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyPointMatcher.match("x", List.of(), "fr"));
        assertEquals("language: must be en or zh, got fr", e.getMessage());
    }

    private static void assertMatch(String language, String point, String synonyms, String answer, boolean covered,
                                    String evidence) {
        List<String> syn = synonyms.equals("-") ? List.of() : Arrays.stream(synonyms.split(";")).map(String::trim).toList();
        PointMatch m = match(language, point, syn, answer);
        assertEquals(covered, m.covered(), "covered");
        assertEquals(evidence.equals("-") ? List.of() : Arrays.stream(evidence.split("/")).map(String::trim).toList(),
                m.evidence(), "evidence");
    }

    private static PointMatch match(String language, String point, List<String> synonyms, String answer) {
        return KeyPointMatcher.match(answer, List.of(new KeyPoint(point, synonyms)), language).get(0);
    }
}
