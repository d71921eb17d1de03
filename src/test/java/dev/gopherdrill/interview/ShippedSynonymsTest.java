package dev.gopherdrill.interview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.gopherdrill.content.Card;
import dev.gopherdrill.content.CardText;
import dev.gopherdrill.content.ContentDirectory;
import dev.gopherdrill.content.ContentSet;

/**
 * The synonyms shipped in content/ earn their place: each row is an answer a candidate
 * would give, which the matcher misses on the key point's words alone and credits
 * through the author's synonym.
 */
class ShippedSynonymsTest {

    private static final ContentSet CONTENT = ContentDirectory.read(Path.of("content"));

    @ParameterizedTest(name = "{0} {1} #{2}: \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
        slice-header          | en | 0 | A slice is a pointer, a length and a capacity.
        slice-header          | en | 1 | It takes 24 bytes.
        slice-header          | en | 2 | The copy shares the backing array with the original.
        map-load-factor       | en | 0 | The load factor is 6.5.
        map-load-factor       | en | 2 | When it is exceeded the buckets double.
        chan-select-semantics | en | 0 | It picks one of the ready cases randomly.
        escape-what-is        | en | 2 | The compiler decides, at compile time.
        gpm-roles             | en | 1 | GOMAXPROCS sets the number of Ps.
        slice-header          | zh | 0 | 切片由指针，长度和容量组成。
        slice-header          | zh | 1 | 占 24 字节。
        slice-header          | zh | 2 | 副本和原切片共享底层数组。
        map-load-factor       | zh | 0 | 负载因子是 6.5。
        map-load-factor       | zh | 2 | 超过以后桶的数量翻倍。
        chan-select-semantics | zh | 0 | 多个分支就绪时随机挑一个。
        escape-what-is        | zh | 2 | 逃逸分析在编译期完成。
        gpm-roles             | zh | 1 | GOMAXPROCS 决定 P 的数量。
        """)
    void aShippedSynonymCreditsAnAnswerTheWordsAloneMiss(String cardId, String language, int point, String answer) {
        CardText text = card(cardId).text(language);
        List<KeyPoint> withSynonyms = new ArrayList<>();
        List<KeyPoint> without = new ArrayList<>();
        for (int i = 0; i < text.keyPoints().size(); i++) {
            withSynonyms.add(new KeyPoint(text.keyPoints().get(i), text.keyPointSynonyms().get(i)));
            without.add(new KeyPoint(text.keyPoints().get(i), List.of()));
        }
        assertFalse(text.keyPointSynonyms().get(point).isEmpty(), "the point has synonyms");
        assertFalse(KeyPointMatcher.match(answer, without, language).get(point).covered(), "missed on words alone");
        assertTrue(KeyPointMatcher.match(answer, withSynonyms, language).get(point).covered(), "credited by a synonym");
    }

    private static Card card(String id) {
        return CONTENT.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
