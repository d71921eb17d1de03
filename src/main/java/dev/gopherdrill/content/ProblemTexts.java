package dev.gopherdrill.content;

import dev.gopherdrill.simulation.Text;

/**
 * What the parser and the linter say about content, in English and Chinese (arguments: the
 * file's own names and values, the same in both). English is what {@code bin/lint-content}
 * and the API print; the authors' page shows the UI's language. Markdown syntax, keys and
 * values an author types ({@code ```card}, {@code kind}, {@code - [x]}, {@code also:}) stay as
 * typed in both.
 */
final class ProblemTexts {

    private ProblemTexts() {
    }

    static final Text FILE_NAME = new Text("deck files are named <deck>.<language>.md, e.g. slice.en.md or slice.zh.md",
            "卡组文件命名为 <deck>.<language>.md，例如 slice.en.md 或 slice.zh.md");
    static final Text UNKNOWN_LANGUAGE = new Text("unknown language \"%s\" in the file name; supported: %s",
            "文件名中的语言 \"%s\" 未知；支持：%s");
    static final Text ONE_TITLE = new Text("only one level-1 heading (the deck title) per file; cards are level-2 headings (## )",
            "每个文件只能有一个一级标题（卡组标题）；卡片是二级标题（## ）");
    static final Text TITLE_FIRST = new Text("a deck file starts with its title as a level-1 heading: # <deck title>",
            "卡组文件以一级标题形式的卡组标题开头：# <deck title>");
    static final Text NO_TITLE = new Text("the file has no deck title (# <deck title>)",
            "文件没有卡组标题（# <deck title>）");
    static final Text NO_CARD_TITLE = new Text("card heading has no title",
            "卡片标题行没有标题文字");
    static final Text NO_CARD_BLOCK = new Text("card \"%s\" needs a ```card metadata block right under its heading",
            "卡片 \"%s\" 的标题下方需要紧跟一个 ```card 元数据块");
    static final Text CARD_BLOCK_OPEN = new Text("the ```card block is never closed",
            "```card 块没有闭合");
    static final Text UNKNOWN_SECTION = new Text("unknown section \"%s\"; sections are %s",
            "未知的小节 \"%s\"；可用的小节：%s");
    static final Text SECTION_TWICE = new Text("section \"%s\" appears twice",
            "小节 \"%s\" 出现了两次");
    static final Text NO_ID = new Text("card \"%s\" has no id",
            "卡片 \"%s\" 没有 id");
    static final Text BAD_ID = new Text("id \"%s\" must be lowercase words joined by '-' ([a-z0-9-], at most %s characters)",
            "id \"%s\" 必须是用 '-' 连接的小写单词（[a-z0-9-]，最多 %s 个字符）");
    static final Text TRANSLATION_META = new Text("a translation's card block holds only the id; \"%s\" belongs in the canonical file",
            "译文的 card 块只写 id；\"%s\" 应写在原始（英文）文件中");
    static final Text TRANSLATION_SECTION = new Text("a translation does not repeat \"%s\": answers are language-neutral and come"
                + " from the canonical file",
            "译文不重复 \"%s\"：答案与语言无关，来自原始（英文）文件");
    static final Text UNKNOWN_KEY = new Text("unknown metadata key \"%s\"; known keys: %s",
            "未知的元数据键 \"%s\"；可用的键：%s");
    static final Text NO_KIND = new Text("card \"%s\" has no kind (recall, choice, exact, predict or sim)",
            "卡片 \"%s\" 没有 kind（recall、choice、exact、predict 或 sim）");
    static final Text UNKNOWN_KIND = new Text("unknown kind \"%s\"; expected recall, choice, exact, predict or sim",
            "未知的 kind \"%s\"；应为 recall、choice、exact、predict 或 sim");
    static final Text BAD_GO_RANGE = new Text("invalid go version range \"%s\": expected bounds like \">=1.18\", \"<1.24\" or \"1.19\"",
            "go 版本范围 \"%s\" 无效：应写成 \">=1.18\"、\"<1.24\" 或 \"1.19\" 这样的界限");
    static final Text EMPTY_GO_RANGE = new Text("go version range \"%s\" matches no release",
            "go 版本范围 \"%s\" 不包含任何发行版");
    static final Text BAD_LEVEL = new Text("level must be 1 (junior), 2 (mid) or 3 (senior), got \"%s\"",
            "level 必须是 1（初级）、2（中级）或 3（高级），实际是 \"%s\"");
    static final Text BAD_RETIRED = new Text("retired must be true or false",
            "retired 必须是 true 或 false");
    static final Text BAD_FOLLOW_UP = new Text("follow-up \"%s\" is not a card id",
            "追问 \"%s\" 不是卡片 id");
    static final Text OWN_FOLLOW_UP = new Text("a card cannot be its own follow-up",
            "卡片不能是自己的追问");
    static final Text MISSING_SECTION = new Text("a %s card needs a \"### %s\" section",
            "%s 卡片需要 \"### %s\" 小节");
    static final Text FOREIGN_SECTION = new Text("section \"%s\" does not belong on a %s card",
            "小节 \"%s\" 不属于 %s 卡片");
    static final Text CHOICE_MARKS = new Text("a choice card needs at least one right (- [x]) and one wrong (- [ ]) option",
            "choice 卡片至少需要一个正确选项（- [x]）和一个错误选项（- [ ]）");
    static final Text EMPTY_ACCEPT = new Text("\"Accept\" lists no answers (one \"- answer\" per line)",
            "\"Accept\" 没有列出答案（每行一个 \"- answer\"）");
    static final Text PREDICT_PROGRAM = new Text("a predict card shows its program in a ```go block in the prompt",
            "predict 卡片要在题目中用 ```go 代码块给出程序");
    static final Text OUTPUT_BLOCK = new Text("\"Output\" must be one fenced code block",
            "\"Output\" 必须是一个围栏代码块");
    static final Text SIM_ONLY = new Text("only sim cards name a simulation",
            "只有 sim 卡片才指定模拟");
    static final Text PARAMS_ONLY = new Text("only sim cards take params",
            "只有 sim 卡片才有 params");
    static final Text NO_SIM = new Text("a sim card names its simulation: sim: %s",
            "sim 卡片要指定它的模拟：sim: %s");
    static final Text UNKNOWN_SIM = new Text("unknown simulation \"%s\"; known: %s",
            "未知的模拟 \"%s\"；已有：%s");
    static final Text UNKNOWN_PLACEHOLDER = new Text("the prompt's {%s} is not a value %s draws",
            "题目中的 {%s} 不是 %s 抽取的值");
    static final Text NO_PROMPT = new Text("card \"%s\" has no prompt between its metadata and its sections",
            "卡片 \"%s\" 在元数据和小节之间没有题目");
    static final Text CHOICE_ITEM = new Text("each choice is a task-list item: \"- [x] right\" or \"- [ ] wrong\"",
            "每个选项都是任务列表项：\"- [x] right\" 或 \"- [ ] wrong\"");
    static final Text SYNONYMS_PLACE = new Text("synonyms (also:) belong under a key point in \"### Key points\"",
            "同义词（also:）应写在 \"### Key points\" 中某个要点的下面");
    static final Text SYNONYMS_INDENT = new Text("indent synonyms under their key point: \"  - also: phrase; phrase\"",
            "同义词要缩进写在所属要点下：\"  - also: phrase; phrase\"");
    static final Text SYNONYMS_FOLLOW = new Text("synonyms (also:) must follow the key point they belong to",
            "同义词（also:）必须紧跟在所属的要点之后");
    static final Text SYNONYMS_COLON = new Text("synonyms are written \"  - also: phrase; phrase\" (a colon after also)",
            "同义词的写法是 \"  - also: phrase; phrase\"（also 后面有冒号）");
    static final Text EMPTY_SYNONYM = new Text("empty synonym in \"also:\"; phrases are separated by one ;",
            "\"also:\" 中有空的同义词；短语之间用一个 ; 分隔");
    static final Text PARAM_LINE = new Text("each parameter is \"name: [values]\" or \"name: low..high\"",
            "每个参数写成 \"name: [values]\" 或 \"name: low..high\"");
    static final Text PARAM_TWICE = new Text("parameter \"%s\" appears twice",
            "参数 \"%s\" 出现了两次");
    static final Text META_LINE = new Text("metadata lines are \"key: value\"",
            "元数据行的格式是 \"key: value\"");
    static final Text META_TWICE = new Text("metadata key \"%s\" appears twice",
            "元数据键 \"%s\" 出现了两次");
    static final Text PARAMS_INDENT = new Text("params: one parameter per indented line below it",
            "params：在它下面每个缩进行写一个参数");
    static final Text NOT_A_LIST = new Text("%s is a list: [a, b]",
            "%s 是一个列表：[a, b]");
    static final Text NO_SUCH_PARAM = new Text("simulation %s has no parameter \"%s\"; it takes %s",
            "模拟 %s 没有参数 \"%s\"；它的参数是 %s");
    static final Text CHOICE_PARAM = new Text("%s is a list of values: [a, b]",
            "%s 是一个取值列表：[a, b]");
    static final Text NOT_A_CHOICE = new Text("%s: \"%s\" is not one of %s",
            "%s：\"%s\" 不是 %s 之一");
    static final Text RANGE_PARAM = new Text("%s is a range: low..high, e.g. 0..12",
            "%s 是一个区间：low..high，例如 0..12");
    static final Text RANGE_ENDS = new Text("%s: each end of %s is an integer in %s..%s or another parameter of this card",
            "%s：%s 的两端都必须是 %s..%s 之间的整数，或本卡片的另一个参数");
    static final Text EMPTY_RANGE = new Text("%s: the range %s is empty",
            "%s：区间 %s 为空");
    static final Text NO_SHARED_RELEASE = new Text("go %s shares no release with %s (Go %s to %s)",
            "go %s 与 %s（Go %s 到 %s）没有共同的发行版");
    static final Text CANNOT_DRAW = new Text("these params cannot always draw a question: %s",
            "这些参数不能保证每次都抽出题目：%s");
    static final Text DUPLICATE_ID = new Text("duplicate id \"%s\", first used at %s:%s",
            "id \"%s\" 重复，首次使用于 %s:%s");
    static final Text ORPHAN_DECK = new Text("translation of deck \"%s\" which has no canonical file %s.en.md",
            "卡组 \"%s\" 的译文没有对应的原始文件 %s.en.md");
    static final Text TRANSLATED_TWICE = new Text("id \"%s\" is translated twice",
            "id \"%s\" 被翻译了两次");
    static final Text ORPHAN_CARD = new Text("translation of \"%s\", which is not a card of %s.en.md",
            "\"%s\" 的译文，但它不是 %s.en.md 中的卡片");
    static final Text CHOICES_MISMATCH = new Text("the choices must match the canonical card %s:%s in number, order and [x] marks",
            "选项的数量、顺序和 [x] 标记必须与原始卡片 %s:%s 一致");
    static final Text NO_TRANSLATION = new Text("card \"%s\" has no %s translation in %s.%s.md",
            "卡片 \"%1$s\" 在 %3$s.%4$s.md 中没有 %2$s 译文");
    static final Text FOLLOW_UP_BROKEN = new Text("follow-up \"%s\" of \"%s\" is not a loadable card",
            "\"%2$s\" 的追问 \"%1$s\" 不是可加载的卡片");
    static final Text FOLLOW_UP_CYCLE = new Text("follow-ups form a cycle: %s",
            "追问形成了环：%s");
    static final Text PUBLISHED_GONE = new Text("card \"%s\" was published and is gone from content/; keep it with"
                + " \"retired: true\" instead, its learners' history refers to it",
            "卡片 \"%s\" 已发布，却从 content/ 中消失了；请改为保留它并标注 \"retired: true\"，学习者的历史记录引用着它");
}
